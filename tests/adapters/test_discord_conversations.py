"""Couples on Discord, end to end: the real discord.py client (command tree, persistent buttons,
modals, gateway) against the local fake Discord, with the real engine and outbox behind it."""

# ruff: noqa: F811  (pytest fixtures imported from the harness)

from __future__ import annotations

import asyncio

from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    CHANNEL,
    RunningDiscord,
    discord_bot,
    discord_env,
    fake_discord,
)
from tests.adapters.fake_discord import MODAL, Answer, FakeDiscord, FakeUser, Posted


def public(fake: FakeDiscord) -> str:
    """Everything the bot posted in the shared channel that everyone there can see."""
    return "\n".join(m.content for m in fake.messages_in(CHANNEL) if not m.ephemeral)


async def write_in_box(user: FakeUser, answer: Answer, text: str, *, channel: int | None) -> Answer:
    """Press "Write my answer" under the last reply and send `text` through the answer box."""
    message, write = answer.button("Write my answer")
    box = await user.press(message, write)
    assert box.modal is not None, box.kinds
    return await user.submit(box.modal, text, channel=channel, message=message)


async def confirm_in_dm(bot: RunningDiscord, inviter: FakeUser, presser: FakeUser) -> Answer:
    """The inviter answers "<presser> wants to join you. Is this your partner?" with Yes."""
    fake = bot.fake

    def question() -> Posted | None:
        asked = f"{presser.name} wants to join you"
        return next((m for m in fake.dms_to(inviter) if asked in m.content), None)

    await bot.until(lambda: question() is not None)
    dm = question()
    assert dm is not None
    return await inviter.press(dm, dm.button("Yes"))


async def pair_in_channel(bot: RunningDiscord, first: FakeUser, second: FakeUser) -> Posted:
    """`/couple setup` by `first`, "This is me" by `second`, Yes by `first`: returns the setup
    message."""
    setup = await first.slash("couple", subcommand="setup", channel=CHANNEL)
    message, me = setup.button("This is me")
    asked = await second.press(message, me)
    assert f"I've asked {first.name}" in asked.text, asked.text
    await confirm_in_dm(bot, first, second)
    await bot.until(lambda: "you're connected" in public(bot.fake))
    return message


async def test_couple_setup_makes_the_channel_their_space_and_each_partner_links_themselves(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")

    setup = await alex.slash("couple", subcommand="setup", channel=CHANNEL)
    assert not setup.messages[0].ephemeral, "the invitation is for the channel to see"
    assert "Alex would like to make this the shared space for two" in setup.text
    message, me = setup.button("This is me")
    assert me.startswith("nearer:space:join:")

    asked = await sam.press(message, me)
    assert "I've asked Alex to confirm it's you" in public(fake)
    assert "connected" not in asked.text
    confirmed = await confirm_in_dm(discord_bot, alex, sam)
    assert "You're connected with Sam" in confirmed.text
    await discord_bot.until(
        lambda: "Sam and Alex, you're connected, and this is now your shared space" in public(fake)
    )
    await discord_bot.until(lambda: "Alex said yes" in "\n".join(
        m.content for m in fake.dms_to(sam)))  # fmt: skip

    again = await alex.press(message, me)
    assert "Thanks, Alex. You're all set here." in again.text
    status = await sam.slash("couple", subcommand="status", channel=CHANNEL)
    assert "This is the shared space for Sam and Alex." in status.text


async def test_a_couple_paired_by_code_links_an_existing_channel(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    invite = await alex.slash("pair")  # in a DM with the bot
    code = invite.text.split("/pair ")[1].split()[0]
    joined = await sam.slash("pair", {"code": code})
    assert "You're connected with Alex" in joined.text

    setup = await sam.slash("couple", subcommand="setup", channel=CHANNEL)
    assert "This is now the shared space for Sam and Alex" in setup.text
    message, me = setup.button("This is me")
    confirmed = await alex.press(message, me)
    assert "Thanks, Alex" in confirmed.text


async def test_pairing_by_code_works_with_a_partner_on_telegram(
    discord_bot: RunningDiscord,
) -> None:
    from bot.engine import Chat, Inbound, Sender

    fake = discord_bot.fake
    alex = fake.user("Alex")
    invite = await alex.slash("pair", channel=CHANNEL)
    assert invite.messages[0].ephemeral, "an invite code is never shown to the channel"
    code = invite.text.split("/pair ")[1].split()[0]

    sam_on_telegram = Inbound("telegram", Chat("4242"), Sender("4242", "Sam"), text=f"/pair {code}")
    replies = await discord_bot.app.engine.handle(sam_on_telegram)
    assert "You're connected with Alex" in replies[0].text
    await discord_bot.until(
        lambda: any("Sam just joined you" in m.content for m in fake.dms_to(alex))
    )
    settings = await alex.slash("settings", channel=CHANNEL)
    assert "Partner: Sam" in settings.text and settings.messages[0].ephemeral


async def test_an_appreciation_written_in_the_answer_box_reaches_the_partner_privately(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)

    ask = await alex.slash("appreciate", channel=CHANNEL)
    assert ask.messages[0].ephemeral
    message, write = ask.button("Write my answer")
    box = await alex.press(message, write)
    assert box.kinds == [MODAL]
    assert box.modal is not None
    assert any(c.get("type") == 10 for c in box.modal["components"]), "the question is shown"

    words = "How you sang in the kitchen this morning"
    shown = await alex.submit(box.modal, words, channel=CHANNEL, message=message)
    assert all(m.ephemeral for m in shown.messages)
    assert "This goes to Sam" in shown.text and "sang in the kitchen" in shown.text
    assert not any("sang in the kitchen" in m.content for m in fake.dms_to(sam))
    sent = await alex.press(*shown.button("Send"))
    assert all(m.ephemeral for m in sent.messages)
    await discord_bot.until(
        lambda: any("sang in the kitchen" in m.content for m in fake.dms_to(sam))
    )
    assert "sang in the kitchen" not in public(fake)


async def test_dream_answers_stay_private_until_both_have_answered(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)

    question = await alex.slash("dream", channel=CHANNEL)
    assert question.messages[0].ephemeral
    shown = await write_in_box(alex, question, "A small house by the sea", channel=CHANNEL)
    assert all(m.ephemeral for m in shown.messages) and "This goes to Sam" in shown.text
    kept = await alex.press(*shown.button("Send"))
    assert all(m.ephemeral for m in kept.messages)

    def sams_turn() -> Posted | None:
        return next((m for m in fake.dms_to(sam) if m.buttons()), None)

    await discord_bot.until(lambda: sams_turn() is not None)
    turn = sams_turn()
    assert turn is not None
    assert "house by the sea" not in "\n".join(m.content for m in fake.dms_to(sam))

    answer_now = await sam.press(turn, turn.buttons()[0][1])  # in the DM
    shown = await write_in_box(sam, answer_now, "Learning to sail together", channel=None)
    await sam.press(*shown.button("Send"))
    await discord_bot.until(
        lambda: (
            any("Learning to sail" in m.content for m in fake.dms_to(alex))
            and any("house by the sea" in m.content for m in fake.dms_to(sam))
        )
    )
    assert "house by the sea" not in public(fake)
    assert "Learning to sail" not in public(fake)


async def test_someone_outside_the_couple_gets_a_polite_this_isnt_yours(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam, kim = fake.user("Alex"), fake.user("Sam"), fake.user("Kim")
    setup_message = await pair_in_channel(discord_bot, alex, sam)
    before = public(fake)

    pressed = await kim.press(setup_message, setup_message.button("This is me"))
    assert pressed.messages and all(m.ephemeral for m in pressed.messages)
    assert "belongs to someone else" in pressed.text
    assert public(fake) == before
    status = await alex.slash("couple", subcommand="status", channel=CHANNEL)
    assert "Alex and Sam" in status.text


async def test_a_replayed_interaction_after_a_gateway_resume_is_handled_once(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)
    first = await alex.slash("appreciate", {"details": "You made me tea"}, channel=CHANNEL)
    assert "Sam" in first.text
    await discord_bot.until(lambda: any("made me tea" in m.content for m in fake.dms_to(sam)))

    interaction = fake.interactions[-1]
    fake.replay_on_resume = [("INTERACTION_CREATE", interaction)]
    await fake.ask_to_reconnect()
    await asyncio.wait_for(fake.connected.wait(), timeout=10)
    answer = fake.answers[int(interaction["id"])]
    await fake.settle(lambda: bool(answer.refused))

    assert fake.resumed == 1 and fake.identified == 1
    assert len(answer.callbacks) == 1, "the replay was not answered a second time"
    await asyncio.sleep(0.3)
    discord_bot.app.outbox.wake()
    await asyncio.sleep(0.3)
    assert sum("made me tea" in m.content for m in fake.dms_to(sam)) == 1


async def test_buttons_keep_working_after_a_restart(discord_bot: RunningDiscord) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)
    confirm = await alex.slash("unpair", channel=CHANNEL)
    message, yes = confirm.button("Yes, unpair")

    restarted = await discord_bot.restart()
    assert fake.identified == 2
    done = await alex.press(message, yes)
    assert "You and Sam are no longer connected" in done.text
    await restarted.until(lambda: any("Your Nearer connection has ended" in m.content
                                      for m in fake.dms_to(sam)))  # fmt: skip


async def test_an_answer_box_opened_before_a_restart_is_still_received(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)
    ask = await alex.slash("appreciate", channel=CHANNEL)
    message, write = ask.button("Write my answer")
    box = await alex.press(message, write)
    assert box.modal is not None

    restarted = await discord_bot.restart()
    shown = await alex.submit(box.modal, "Your patience with me", channel=CHANNEL, message=message)
    assert shown.messages and all(m.ephemeral for m in shown.messages)
    await alex.press(*shown.button("Send"))
    await restarted.until(lambda: any("patience" in m.content for m in fake.dms_to(sam)))


async def test_text_written_in_a_dm_is_read_without_the_message_content_intent(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex = fake.user("Alex")
    replies = await alex.dm("/help")
    assert any("Here's what we can do together" in m.content for m in replies)
    assert fake.intents & (1 << 15) == 0, "no privileged Message Content intent"
    assert fake.intents == (1 << 0) | (1 << 12), "guilds and direct messages only"


async def test_a_button_nearer_does_not_know_gets_a_kind_stale_answer(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex = fake.user("Alex")
    old = Posted(id=1, channel_id=CHANNEL, content="an old message", components=[
        {"type": 1, "components": [{"type": 2, "style": 2, "label": "Old", "custom_id": "v0-old",
                                    "id": 1}]}])  # fmt: skip
    fake.posted[old.id] = old
    answer = await alex.press(old, "v0-old")
    assert "gone a bit stale" in answer.text
    assert answer.messages[0].ephemeral


async def test_honest_talk_written_in_the_answer_box_stays_between_the_person_and_nearer(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)

    ask = await alex.slash("talk", channel=CHANNEL)
    assert ask.messages[0].ephemeral and "What's been bothering you?" in ask.text
    heard = await write_in_box(
        alex, ask, "You never listen when I talk about work", channel=CHANNEL
    )
    assert heard.messages and all(m.ephemeral for m in heard.messages)
    assert "“You never”" in heard.text or "You never" in heard.text
    assert "listen when I talk about work" not in public(fake)
    assert not any("work" in m.content for m in fake.dms_to(sam))


async def test_a_safety_reply_is_shown_only_to_the_person_who_wrote(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)
    before = public(fake)

    box = await alex.slash("write", channel=CHANNEL)
    assert box.modal is not None
    cared = await alex.submit(box.modal, "I want to die", channel=CHANNEL, message=None)
    assert cared.messages and all(m.ephemeral for m in cared.messages)
    assert "findahelpline.com" in cared.text
    assert public(fake) == before
    await asyncio.sleep(0.3)
    assert not any("die" in m.content or "helpline" in m.content for m in fake.dms_to(sam))


async def test_closed_dms_mark_the_partner_unreachable_for_the_outbox(
    discord_bot: RunningDiscord,
) -> None:
    from sqlmodel import select

    from storage.models import Identity, OutboxMessage

    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)
    await discord_bot.until(lambda: any("Alex said yes" in m.content for m in fake.dms_to(sam)))
    fake.close_dms(sam)

    await alex.slash("appreciate", {"details": "You fixed my bike"}, channel=CHANNEL)

    def failed() -> list[OutboxMessage]:
        return list(
            discord_bot.app.db.transaction(
                lambda session: session.exec(
                    select(OutboxMessage).where(OutboxMessage.chat_id == f"user:{sam.id}")
                ).all()
            )
        )

    await discord_bot.until(lambda: any(m.failed_at is not None for m in failed()))
    closed = [m for m in failed() if "50007" in m.last_error]
    assert closed and all(m.sent_at is None for m in closed)
    assert all(m.payload == {} for m in failed() if m.failed_at is not None)  # words blanked
    identity = discord_bot.app.db.transaction(
        lambda session: session.exec(
            select(Identity).where(Identity.platform_user_id == str(sam.id))
        ).one()
    )
    assert identity.reachable is False
    assert not any("bike" in m.content for m in fake.dms_to(sam))
    # Closing DMs is a way of leaving: Alex hears only that the connection ended.
    await discord_bot.until(
        lambda: any("Your Nearer connection has ended" in m.content for m in fake.dms_to(alex))
    )
    assert not any("Sam" in m.content and "reach" in m.content for m in fake.dms_to(alex))


async def test_the_hug_message_in_the_channel_changes_when_the_twenty_seconds_are_up(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)
    intro = await alex.slash("hug", channel=CHANNEL)
    message, start = intro.button("Start the hug")
    started = await alex.press(message, start)
    [hugging] = started.visible
    assert "Hugging now" in hugging.content and not hugging.ephemeral

    discord_bot.clock.advance(seconds=21)
    await discord_bot.app.engine.fire_due_timers()
    await discord_bot.until(lambda: "seconds. 🤗" in hugging.content)
    assert hugging.edits == 1, "the same message, edited in place"
    assert hugging.button("We hugged")


async def test_an_export_asked_for_in_the_channel_arrives_as_a_private_file(
    discord_bot: RunningDiscord,
) -> None:
    import json

    fake = discord_bot.fake
    alex = fake.user("Alex")
    answer = await alex.slash("export", channel=CHANNEL)
    [message] = answer.visible
    assert message.ephemeral
    [(name, content)] = message.files
    assert name == "nearer-export.json"
    assert json.loads(content)["me"]["name"] == "Alex"


async def test_the_zone_question_in_a_dm_mentions_no_location_button(
    discord_bot: RunningDiscord,
) -> None:
    alex = discord_bot.fake.user("Alex")
    replies = await alex.dm("/start")
    text = "\n".join(m.content for m in replies)
    assert "where are you?" in text
    assert "share your location" not in text and "Share my location" not in text

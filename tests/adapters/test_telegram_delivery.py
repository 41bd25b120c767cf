"""The outbox side of the adapter: `send` turns an `Outbound` into Bot API calls and Telegram's
answers (429, 403, 400…) into the delivery results the outbox acts on."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from sqlmodel import select

from bot.engine.events import Address, Attachment, Button, Chart, DeliveryStatus, Outbound
from storage.models import Identity, OutboxMessage
from tests.adapters.conftest import RunningBot

ALEX, SAM = 111, 222
GROUP = -100500
INVITE = re.compile(r"start=([a-z0-9]{16})")


def to(chat_id: int, text: str, **fields: object) -> Outbound:
    return Outbound(Address("telegram", str(chat_id)), text, **fields)  # type: ignore[arg-type]


def statuses(bot: RunningBot, method: str, chat_id: int) -> list[int]:
    return [c.status for c in bot.fake.calls_to(method) if c.params.get("chat_id") == chat_id]


async def alex_invites_and_sam_joins(bot: RunningBot, *, before_join: object = None) -> None:
    alex, sam = bot.fake.user(ALEX, "Alex"), bot.fake.user(SAM, "Sam")
    alex.says("/pair")
    await bot.fake.wait_for_text(ALEX, "https://t.me/")
    code = INVITE.search(bot.fake.texts(ALEX))
    assert code is not None
    if callable(before_join):
        before_join()
    sam.says(f"/start {code.group(1)}")
    await bot.fake.wait_for_text(SAM, "connected with Alex")


async def outbox_rows(bot: RunningBot) -> list[OutboxMessage]:
    return list(await bot.app.db.run(lambda s: s.exec(select(OutboxMessage)).all()))


async def test_flood_control_reschedules_and_the_message_then_arrives(bot: RunningBot) -> None:
    await alex_invites_and_sam_joins(
        bot,
        before_join=lambda: bot.fake.fail_next(
            "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=ALEX
        ),
    )
    await bot.fake.wait_for_text(ALEX, "Sam just joined you", within=10)
    assert statuses(bot, "sendMessage", ALEX)[-2:] == [429, 200]

    async def alexs_row() -> OutboxMessage:
        [row] = [row for row in await outbox_rows(bot) if row.chat_id == str(ALEX)]
        return row

    for _ in range(500):  # the outbox records the result just after Telegram's answer
        if (await alexs_row()).sent_at is not None:
            break
        await asyncio.sleep(0.01)
    row = await alexs_row()
    assert row.sent_at is not None and row.attempts == 2
    assert "Flood control" in row.last_error or "RetryAfter" in row.last_error


async def test_send_reports_retry_after_with_telegrams_wait(bot: RunningBot) -> None:
    bot.fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
    result = await bot.adapter.send(to(ALEX, "hello"))
    assert result.status is DeliveryStatus.RETRY_AFTER
    assert result.retry_after == 7.0
    assert bot.fake.messages(ALEX) == []


async def test_a_person_who_blocked_the_bot_becomes_unreachable(bot: RunningBot) -> None:
    await alex_invites_and_sam_joins(bot, before_join=lambda: bot.fake.block(ALEX))
    await bot.fake.wait_for(lambda: 403 in statuses(bot, "sendMessage", ALEX), what="a 403")

    async def alex_marked_unreachable() -> bool:
        identity = await bot.app.db.run(
            lambda s: s.exec(select(Identity).where(Identity.platform_user_id == str(ALEX))).one()
        )
        return not identity.reachable

    for _ in range(500):  # the outbox records the result just after Telegram's answer
        if await alex_marked_unreachable():
            break
        await asyncio.sleep(0.01)
    assert await alex_marked_unreachable()
    [row] = [row for row in await outbox_rows(bot) if row.chat_id == str(ALEX)]
    assert row.failed_at is not None and row.sent_at is None
    assert "blocked" in row.last_error
    assert row.payload == {}  # given up: its words leave the row


async def test_blocking_the_bot_is_a_silent_exit(bot: RunningBot) -> None:
    """Sam hears the one line every exit gives, word for word, and nothing about blocking."""
    await alex_invites_and_sam_joins(bot, before_join=lambda: bot.fake.block(ALEX))
    ended = (
        "Your Nearer connection has ended. Everything you wrote is still here for you, and "
        "/pair starts a new connection whenever you like. 🌱"
    )
    await bot.fake.wait_for(
        lambda: any(m.text == ended for m in bot.fake.messages(SAM)), what="the quiet line"
    )
    after_joining = bot.fake.texts(SAM).split("connected with Alex", 1)[1]
    assert "Alex" not in after_joining and "reach" not in after_joining


async def test_telegram_errors_map_to_delivery_results(bot: RunningBot) -> None:
    cases = [
        (403, "Forbidden: bot was blocked by the user", DeliveryStatus.UNREACHABLE),
        (403, "Forbidden: user is deactivated", DeliveryStatus.UNREACHABLE),
        (400, "Bad Request: chat not found", DeliveryStatus.UNREACHABLE),
        (502, "Bad Gateway", DeliveryStatus.TRANSIENT),
        (400, "Bad Request: something new and odd", DeliveryStatus.TRANSIENT),
    ]
    for status, description, expected in cases:
        bot.fake.fail_next("sendMessage", status, description)
        result = await bot.adapter.send(to(ALEX, "hello"))
        assert result.status is expected, (description, result)
        assert result.detail
    assert (await bot.adapter.send(to(ALEX, "hello"))).status is DeliveryStatus.OK


async def test_a_long_message_is_split_at_paragraphs_with_buttons_on_the_last_part(
    bot: RunningBot,
) -> None:
    paragraphs = [
        (f"Paragraph {n}: " + "we grow closer in small steps. " * 60).strip() for n in range(6)
    ]
    text = "\n\n".join(paragraphs)
    assert len(text) > 2 * 4096
    buttons = ((Button("Yes", "pair:keep"),),)
    result = await bot.adapter.send(to(ALEX, text, buttons=buttons))
    assert result.status is DeliveryStatus.OK
    parts = bot.fake.messages(ALEX)
    assert len(parts) == 3
    assert all(len(part.text) <= 4096 for part in parts)
    assert all(part.text.startswith("Paragraph") for part in parts)  # cut between paragraphs
    assert [bool(part.buttons) for part in parts] == [False, False, True]
    assert "\n\n".join(part.text for part in parts) == text
    assert result.platform_message_id == str(parts[-1].message_id)


async def test_a_split_message_retried_after_flood_control_does_not_repeat_parts(
    bot: RunningBot,
) -> None:
    text = "\n\n".join(f"Part {n} " + "x " * 1500 for n in range(3))
    message = to(ALEX, text)
    bot.fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    first = await bot.adapter.send(message)
    assert first.status is DeliveryStatus.RETRY_AFTER
    assert bot.fake.messages(ALEX) == []
    assert (await bot.adapter.send(message)).status is DeliveryStatus.OK
    sent = [part.text.split()[1] for part in bot.fake.messages(ALEX)]
    assert sent == ["0", "1", "2"]


async def test_flood_control_in_the_middle_of_a_long_message_resumes_where_it_stopped(
    bot: RunningBot,
) -> None:
    text = "\n\n".join(f"Part {n} " + "x " * 1500 for n in range(3))
    message = to(ALEX, text)
    original = bot.fake._api_sendMessage
    calls = 0

    async def fail_the_second_part(params: dict[str, Any]) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls == 2:
            from tests.adapters.fake_telegram import ApiError

            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        return await original(params)

    bot.fake._api_sendMessage = fail_the_second_part  # type: ignore[method-assign]
    assert (await bot.adapter.send(message)).status is DeliveryStatus.RETRY_AFTER
    assert (await bot.adapter.send(message)).status is DeliveryStatus.OK
    sent = [part.text.split()[1] for part in bot.fake.messages(ALEX)]
    assert sent == ["0", "1", "2"]


async def test_edit_of_edits_the_remembered_message_in_place(bot: RunningBot) -> None:
    first = await bot.adapter.send(to(ALEX, "Hugging now…", key="hug-1"))
    edited = await bot.adapter.send(
        to(ALEX, "Done! 🤗", edit_of="hug-1", buttons=((Button("We hugged", "hug:hugged:1"),),))
    )
    [message] = bot.fake.messages(ALEX)
    assert first.status is edited.status is DeliveryStatus.OK
    assert (message.text, message.edits, message.button_data) == ("Done! 🤗", 1, ["hug:hugged:1"])
    # The same edit again: Telegram says "not modified", which is simply done.
    again = await bot.adapter.send(
        to(ALEX, "Done! 🤗", edit_of="hug-1", buttons=((Button("We hugged", "hug:hugged:1"),),))
    )
    assert again.status is DeliveryStatus.OK
    assert len(bot.fake.messages(ALEX)) == 1


async def test_edit_of_an_unknown_or_vanished_message_sends_a_new_one(bot: RunningBot) -> None:
    await bot.adapter.send(to(ALEX, "never remembered", edit_of="no-such-key"))
    assert [m.text for m in bot.fake.messages(ALEX)] == ["never remembered"]
    await bot.adapter.send(to(ALEX, "Hugging now…", key="hug-2"))
    bot.fake.chats[ALEX].pop()  # the person deleted it
    result = await bot.adapter.send(to(ALEX, "Time's up", edit_of="hug-2"))
    assert result.status is DeliveryStatus.OK
    assert bot.fake.messages(ALEX)[-1].text == "Time's up"


async def test_keys_are_remembered_per_chat(bot: RunningBot) -> None:
    await bot.adapter.send(to(ALEX, "for Alex", key="hug-3"))
    await bot.adapter.send(to(SAM, "for Sam", key="hug-3"))
    await bot.adapter.send(to(SAM, "Sam's edit", edit_of="hug-3"))
    assert bot.fake.messages(ALEX)[0].text == "for Alex"
    assert [(m.text, m.edits) for m in bot.fake.messages(SAM)] == [("Sam's edit", 1)]


async def test_images_arrive_as_photos_and_files_as_documents(bot: RunningBot) -> None:
    png = Chart("progress.png", "in words", png=b"\x89PNG fake")
    export = Attachment("nearer-export.json", b'{"entries": []}', "application/json")
    await bot.adapter.send(
        to(ALEX, "Your 8 weeks <together>", attachment=png, buttons=((Button("Ok", "x:y"),),))
    )
    await bot.adapter.send(to(ALEX, "Everything of yours", attachment=export))
    photo, document = bot.fake.messages(ALEX)
    assert (photo.kind, photo.text, photo.button_data) == (
        "photo",
        "Your 8 weeks <together>",
        ["x:y"],
    )
    assert (document.kind, document.file_name) == ("document", "nearer-export.json")


async def test_a_caption_too_long_for_a_photo_follows_it_as_text(bot: RunningBot) -> None:
    png = Chart("chart.png", "in words", png=b"\x89PNG")
    long_caption = "A week of small, warm moments. " * 50
    await bot.adapter.send(to(ALEX, long_caption, attachment=png))
    photo, words = bot.fake.messages(ALEX)
    assert (photo.kind, photo.text) == ("photo", "")
    assert words.text.strip() == long_caption.strip()


async def test_quiet_hours_messages_arrive_without_a_sound(bot: RunningBot) -> None:
    await bot.adapter.send(to(ALEX, "Sam appreciates you", silent=True))
    await bot.adapter.send(to(ALEX, "Good morning"))
    assert [m.silent for m in bot.fake.messages(ALEX)] == [True, False]


async def test_a_group_that_became_a_supergroup_still_gets_its_message(bot: RunningBot) -> None:
    bot.fake.group(-100777)
    bot.fake.fail_next(
        "sendMessage",
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        migrate_to_chat_id=-100777,
        chat_id=GROUP,
    )
    result = await bot.adapter.send(to(GROUP, "For you both"))
    assert result.status is DeliveryStatus.OK
    assert bot.fake.texts(-100777) == "For you both"


async def test_a_question_in_a_group_replies_to_the_person_and_opens_their_reply_box(
    bot: RunningBot,
) -> None:
    sender = bot.adapter._sender
    assert sender is not None
    question = to(GROUP, "What time suits you both?", awaits_text="date")
    await sender.deliver(question, answering=42)
    with_buttons = to(GROUP, "Pick one", buttons=((Button("19:30", "date:time:4.1170"),),))
    await sender.deliver(with_buttons, answering=43)
    asked, offered = bot.fake.messages(GROUP)
    assert (asked.reply_to, asked.force_reply) == (42, True)
    assert (offered.reply_to, offered.force_reply, offered.button_data) == (
        43,
        False,
        ["date:time:4.1170"],
    )

"""A group chat or channel becomes a couple's shared space with /couple setup."""

from __future__ import annotations

import re

from bot.engine import Outbound
from tests.support.world import Person, World, texts

GROUP = "g-living-room"
CODE = re.compile(r"/pair ([a-z0-9]{16})")


def button(replies: list[Outbound], label: str) -> str:
    for reply in replies:
        for row in reply.buttons:
            for choice in row:
                if label.lower() in choice.label.lower():
                    return choice.payload
    raise AssertionError(f"no button like {label!r} in {replies}")


async def answer(inviter: Person, presser: str, choice: str) -> list[Outbound]:
    """The inviter answers "<presser> wants to join you. Is this your partner?" privately."""
    asked = [m for m in inviter.inbox() if f"{presser} wants to join you" in m.text]
    assert asked, f"{inviter.name} was not asked about {presser}"
    return await inviter.presses(button(asked, choice))


async def pair(world: World, first: Person, second: Person) -> None:
    code = CODE.search(texts(await first.says("/pair")))
    assert code is not None
    await second.says(f"/pair {code.group(1)}")
    first.inbox()


async def test_a_paired_person_makes_a_group_the_shared_space_and_the_partner_confirms(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)

    replies = await alex.says("/couple setup", group=GROUP)
    assert "shared space for Alex and Sam" in texts(replies)
    assert all(not reply.private for reply in replies)
    me = button(replies, "This is me")

    confirmed = await sam.presses(me, group=GROUP)
    assert "Thanks, Sam" in texts(confirmed)
    status = await sam.says("/couple", group=GROUP)
    assert "shared space for Sam and Alex" in texts(status)


async def test_the_partner_taps_this_is_me_and_the_one_who_set_it_up_confirms(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")
    replies = await alex.says("/couple setup", group=GROUP)
    assert "Alex would like to make this the shared space for two" in texts(replies)
    assert not CODE.search(texts(replies)), "the invite code itself is never shown in the group"
    me = button(replies, "This is me")

    own = await alex.presses(me, group=GROUP)
    assert "your partner's turn" in texts(own)

    asked = await sam.presses(me, group=GROUP)
    assert "I've asked Alex" in texts(asked)
    assert "Partner: not paired yet" in texts(await sam.says("/settings"))
    await answer(alex, "Sam", "Yes")
    assert "Sam and Alex, you're connected" in texts(world.take_outbox("test", GROUP))
    assert "Alex said yes" in texts(sam.inbox())
    settings = texts(await sam.says("/settings"))
    assert "Partner: Alex" in settings
    again = await alex.presses(me, group=GROUP)
    assert "Thanks, Alex. You're all set here." in texts(again)


async def test_someone_else_in_the_group_is_told_kindly_that_it_is_not_theirs(
    world: World,
) -> None:
    alex, sam, kim = world.person("Alex"), world.person("Sam"), world.person("Kim")
    await kim.says("/start")
    await alex.says("/start")
    replies = await alex.says("/couple setup", group=GROUP)
    me = button(replies, "This is me")
    await sam.presses(me, group=GROUP)
    await answer(alex, "Sam", "Yes")

    late = await kim.presses(me, group=GROUP)
    assert "belongs to someone else" in texts(late + kim.inbox())
    hug_like = await kim.presses("pair:unpair:1", group=GROUP)
    assert "belongs to someone else" in texts(hug_like + kim.inbox())
    assert "Partner: Alex" in texts(await sam.says("/settings"))


async def test_only_the_named_partner_can_join_through_the_button(world: World) -> None:
    alex, kim, sam = world.person("Alex"), world.person("Kim"), world.person("Sam")
    await kim.says("/start")
    replies = await alex.says(f"/couple setup {sam.user_id}", group=GROUP)
    me = button(replies, "This is me")

    refused = await kim.presses(me, group=GROUP)
    assert "belongs to someone else" in texts(refused + kim.inbox())
    joined = await sam.presses(me, group=GROUP)
    assert "you're connected" in texts(joined)


async def test_an_old_setup_button_expires_with_the_invite(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    world.clock.advance(hours=49)
    replies = await sam.presses(me, group=GROUP)
    assert "expired" in texts(replies + sam.inbox())


async def test_another_couples_space_cannot_be_taken_over(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    kim, lee = world.person("Kim"), world.person("Lee")
    await pair(world, alex, sam)
    await pair(world, kim, lee)
    await kim.says("/start")
    await alex.says("/couple setup", group=GROUP)

    replies = await kim.says("/couple setup", group=GROUP)
    assert "another couple's shared space" in texts(replies + kim.inbox())
    off = await kim.says("/couple off", group=GROUP)
    assert "belongs to someone else" in texts(off + kim.inbox())
    assert "shared space for Alex and Sam" in texts(await alex.says("/couple", group=GROUP))


async def test_the_couple_can_stop_using_a_group(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    await alex.says("/couple setup", group=GROUP)
    replies = await sam.says("/couple off", group=GROUP)
    assert "isn't your shared space any more" in texts(replies)
    assert "isn't a shared space yet" in texts(
        await alex.says("/couple", group=GROUP) + alex.inbox()
    )


async def test_setup_in_a_private_chat_explains_where_it_works(world: World) -> None:
    replies = await world.person("Alex").says("/couple setup")
    assert "group chat or channel" in texts(replies)


# -- pairing only with consent (issue 13, section 2) -----------------------------------------

DREAM_ANSWER = "ALEX-DREAM: a little house by the sea"
KEPT = "ALEX-KEPT: the way you hum when you cook"


async def alex_keeps_words_for_a_future_partner(alex: Person) -> None:
    await alex.says("/start")
    await alex.says(f"/appreciate {KEPT}")
    await alex.says("/dream")
    assert "partner joins" in texts(await alex.sends(DREAM_ANSWER))
    await alex.says("/idea add ALEX-IDEA: a night train to anywhere")


async def test_a_third_member_who_taps_first_is_not_paired_and_receives_nothing_kept(
    world: World,
) -> None:
    alex, sam, kim = world.person("Alex"), world.person("Sam"), world.person("Kim")
    await alex_keeps_words_for_a_future_partner(alex)
    await kim.says("/start")
    await sam.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")

    first = await kim.presses(me, group=GROUP)
    assert "I've asked Alex" in texts(first)
    assert "Partner: not paired yet" in texts(await kim.says("/settings"))
    await kim.says("/dream")
    await kim.sends("KIM-DREAM")
    await kim.says("/idea list")
    seen_by_kim = texts(kim.inbox()) + texts(await kim.says("/idea list"))
    assert "ALEX-" not in seen_by_kim

    await sam.presses(me, group=GROUP)  # the real partner is not turned away
    asked = alex.inbox()
    assert "Kim wants to join you. Is this your partner?" in texts(asked)
    assert "Sam wants to join you. Is this your partner?" in texts(asked)
    kims_no = [m for m in asked if "Kim wants" in m.text]
    sams_yes = [m for m in asked if "Sam wants" in m.text]

    await alex.presses(button(kims_no, "No"))
    assert "meant for someone else" in texts(kim.inbox())
    assert "Partner: not paired yet" in texts(await kim.says("/settings"))
    await alex.presses(button(sams_yes, "Yes"))

    assert "Partner: Alex" in texts(await sam.says("/settings"))
    assert KEPT in texts(sam.inbox())
    assert "ALEX-IDEA" in texts(await sam.says("/idea list"))
    assert "ALEX-" not in texts(kim.inbox()) + texts(await kim.says("/idea list"))


async def test_nothing_kept_is_released_while_the_inviter_has_not_answered(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex_keeps_words_for_a_future_partner(alex)
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await sam.presses(me, group=GROUP)
    await sam.says("/dream")
    await sam.sends("SAM-DREAM")
    world.clock.advance(hours=3)
    assert "ALEX-" not in texts(sam.inbox()) + texts(await sam.says("/idea list"))
    assert "Partner: not paired yet" in texts(await alex.says("/settings"))


async def test_a_sixty_hour_old_group_button_no_longer_pairs_after_a_fresh_private_code(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    world.clock.advance(hours=60)
    assert CODE.search(texts(await alex.says("/pair")))

    replies = await sam.presses(me, group=GROUP)
    assert "expired" in texts(replies + sam.inbox())
    assert "wants to join you" not in texts(alex.inbox())
    assert "Partner: not paired yet" in texts(await sam.says("/settings"))


async def person_id_of(world: World, person: Person) -> int:
    from sqlmodel import select

    from storage.models import Identity

    def find(session) -> int:  # type: ignore[no-untyped-def]
        identity = session.exec(
            select(Identity).where(Identity.platform_user_id == person.user_id)
        ).one()
        return int(identity.person_id)

    return world.db.transaction(find)


async def test_a_forged_join_payload_from_another_group_pairs_no_one(world: World) -> None:
    alex, mallory = world.person("Alex"), world.person("Mallory")
    await alex.says("/start")
    await alex.says("/couple setup", group=GROUP)
    await mallory.says("/start")
    alex_id = await person_id_of(world, alex)

    for forged in (f"space:join:{alex_id}", f"space:join:{alex_id}:", "space:join:1"):
        replies = await mallory.presses(forged, group="g-elsewhere")
        assert replies and "connected" not in texts(replies + mallory.inbox())
    assert "wants to join you" not in texts(alex.inbox())
    assert "Partner: not paired yet" in texts(await mallory.says("/settings"))
    assert "Partner: not paired yet" in texts(await alex.says("/settings"))


async def test_a_real_join_button_works_only_in_the_group_it_was_made_in(world: World) -> None:
    alex, mallory = world.person("Alex"), world.person("Mallory")
    await alex.says("/start")
    await mallory.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    replies = await mallory.presses(me, group="g-elsewhere")
    assert "isn't valid here" in texts(replies + mallory.inbox())
    private = await mallory.presses(me)
    assert "isn't valid here" in texts(private)
    assert "wants to join you" not in texts(alex.inbox())


async def test_the_join_button_carries_a_random_token_and_no_person_id(world: World) -> None:
    alex = world.person("Alex")
    first = button(await alex.says("/couple setup", group=GROUP), "This is me")
    second = button(await alex.says("/couple setup", group="g-other"), "This is me")
    token = first.removeprefix("space:join:")
    assert len(token) >= 16 and token != second.removeprefix("space:join:")
    assert str(await person_id_of(world, alex)) not in token.split(":")
    assert len(first.encode()) <= 64
    refused = await world.person("Kim").says(f"/pair {token}")
    assert "couldn't find that code" in texts(refused), "a token shown to a group is no code"


async def test_a_no_is_final_for_that_person_and_their_taps_do_not_ask_again(
    world: World,
) -> None:
    alex, kim = world.person("Alex"), world.person("Kim")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await kim.presses(me, group=GROUP)
    await answer(alex, "Kim", "No")
    again = await kim.presses(me, group=GROUP)
    assert "meant for someone else" in texts(again + kim.inbox())
    assert alex.inbox() == []


async def test_tapping_twice_while_waiting_asks_the_inviter_once(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await sam.presses(me, group=GROUP)
    again = await sam.presses(me, group=GROUP)
    assert "hasn't answered yet" in texts(again)
    assert texts(alex.inbox()).count("Sam wants to join you") == 1


async def test_only_the_inviter_can_answer_the_question(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await sam.presses(me, group=GROUP)
    yes = button([m for m in alex.inbox() if "Sam wants" in m.text], "Yes")
    refused = await sam.presses(yes)
    assert "connected" not in texts(refused)
    assert "Partner: not paired yet" in texts(await sam.says("/settings"))


async def test_an_inviter_who_never_wrote_privately_is_asked_in_the_group(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    asked = await sam.presses(me, group=GROUP)
    assert "Alex, Sam wants to join you. Is this your partner?" in texts(asked)
    yes = button([m for m in asked if "Is this your partner" in m.text], "Yes")
    assert "connected" not in texts(await sam.presses(yes, group=GROUP))
    joined = await alex.presses(yes, group=GROUP)
    assert "Sam and Alex, you're connected" in texts(joined)
    assert "Partner: Alex" in texts(await sam.says("/settings"))


async def test_the_inviter_cannot_say_yes_to_someone_who_paired_elsewhere_meanwhile(
    world: World,
) -> None:
    alex, sam, kim = world.person("Alex"), world.person("Sam"), world.person("Kim")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await sam.presses(me, group=GROUP)
    await pair(world, kim, sam)
    replies = await answer(alex, "Sam", "Yes")
    assert "already connected with someone else" in texts(replies)
    assert "Partner: not paired yet" in texts(await alex.says("/settings"))


async def test_a_yes_after_pairing_another_way_changes_nothing(world: World) -> None:
    alex, sam, kim = world.person("Alex"), world.person("Sam"), world.person("Kim")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await kim.presses(me, group=GROUP)
    yes = button([m for m in alex.inbox() if "Kim wants" in m.text], "Yes")
    await pair(world, alex, sam)
    replies = await alex.presses(yes)
    assert "already connected with Sam" in texts(replies)
    assert "Partner: not paired yet" in texts(await kim.says("/settings"))


async def test_a_double_tap_arriving_at_once_asks_the_inviter_once(world: World) -> None:
    import asyncio

    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    answers = await asyncio.gather(*(sam.presses(me, group=GROUP) for _ in range(4)))
    assert all(texts(replies) for replies in answers)
    assert texts(alex.inbox()).count("Sam wants to join you") == 1


async def test_someone_who_pressed_can_forget_everything_while_the_inviter_has_not_answered(
    world: World,
) -> None:
    alex, kim = world.person("Alex"), world.person("Kim")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await kim.presses(me, group=GROUP)
    yes = button([m for m in alex.inbox() if "Kim wants" in m.text], "Yes")
    await kim.says("/forget")
    assert "Everything of yours is gone" in texts(await kim.taps("delete it all"))
    assert "stale" in texts(await alex.presses(yes))
    assert "Partner: not paired yet" in texts(await alex.says("/settings"))


async def test_an_inviter_with_unanswered_requests_can_forget_everything(world: World) -> None:
    alex, kim = world.person("Alex"), world.person("Kim")
    await alex.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await kim.presses(me, group=GROUP)
    await alex.says("/forget")
    assert "Everything of yours is gone" in texts(await alex.taps("delete it all"))
    assert "isn't valid any more" in texts(await kim.presses(me, group=GROUP) + kim.inbox())


async def test_pairing_again_through_the_group_welcomes_both_back(world: World) -> None:
    """The inviter's yes forms the couple: the one who pressed hears "welcome back" too."""
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    await alex.says("/appreciate OUR-FIRST-THANKS")
    await alex.says("/unpair")
    await alex.taps("yes, unpair")
    alex.inbox()
    sam.inbox()

    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await sam.presses(me, group=GROUP)
    said_yes = await answer(alex, "Sam", "Yes")

    assert "Welcome back, you two" in texts(said_yes) + texts(alex.inbox())
    assert "Welcome back, you two" in texts(sam.inbox())


async def test_a_no_after_pairing_another_way_still_tells_the_one_who_pressed(
    world: World,
) -> None:
    alex, sam, kim = world.person("Alex"), world.person("Sam"), world.person("Kim")
    await alex.says("/start")
    await kim.says("/start")
    me = button(await alex.says("/couple setup", group=GROUP), "This is me")
    await kim.presses(me, group=GROUP)
    no = button([m for m in alex.inbox() if "Kim wants" in m.text], "No")
    await pair(world, alex, sam)
    await alex.presses(no)
    assert "meant for someone else" in texts(kim.inbox())
    assert "Partner: Sam" in texts(await alex.says("/settings"))

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


async def test_the_first_partner_to_tap_this_is_me_pairs_with_the_one_who_set_it_up(
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

    joined = await sam.presses(me, group=GROUP)
    assert "Sam and Alex, you're connected" in texts(joined)
    assert "Sam just joined you" in texts(alex.inbox())
    settings = texts(await sam.says("/settings"))
    assert "Partner: Alex" in settings
    again = await alex.presses(me, group=GROUP)
    assert "Thanks, Alex. You're all set here." in texts(again)


async def test_someone_else_in_the_group_is_told_kindly_that_it_is_not_theirs(
    world: World,
) -> None:
    alex, sam, kim = world.person("Alex"), world.person("Sam"), world.person("Kim")
    await kim.says("/start")
    replies = await alex.says("/couple setup", group=GROUP)
    me = button(replies, "This is me")
    await sam.presses(me, group=GROUP)

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

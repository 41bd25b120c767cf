"""Scheduled nudges, told as stories with a clock we control: local times on both sides of the
date line, DST both ways, quiet hours, pause, the grace window after downtime, and at most one
nudge per person, kind and local day."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlmodel import col, select

from bot.engine.nudges import Outcome
from storage.models import Identity, OutboxMessage
from storage.models import Person as PersonRow
from storage.nudge_models import NudgeDelivery, NudgePlan
from tests.support.nudges import Received, local, of_kind, paired, plan_row, run_clock, sweep
from tests.support.world import Person, World, texts

CODE = re.compile(r"/pair ([a-z0-9]{16})")


# -- helpers ------------------------------------------------------------------------------------


def ledger(world: World, kind: str) -> list[NudgeDelivery]:
    return list(
        world.db.transaction(
            lambda session: session.exec(
                select(NudgeDelivery)
                .where(NudgeDelivery.kind == kind)
                .order_by(col(NudgeDelivery.local_date))
            ).all()
        )
    )


def couple_of(world: World, name: str) -> int:
    def read(session) -> int:  # type: ignore[no-untyped-def]
        person = session.exec(select(PersonRow).where(PersonRow.display_name == name)).one()
        return int(person.couple_id)

    return world.db.transaction(read)


def set_person(world: World, name: str, **values: object) -> None:
    world.db.transaction(
        lambda session: session.execute(
            update(PersonRow).where(col(PersonRow.display_name) == name).values(**values)
        )
    )


# -- defaults and local times -----------------------------------------------------------------


async def test_a_new_couple_starts_with_two_nudges_and_no_nudge_before_a_zone_is_known(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    code = CODE.search(texts(await alex.says("/pair")))
    assert code is not None
    await sam.says(f"/pair {code.group(1)}")
    alex.inbox()
    # Nobody said where they are yet: a whole week passes without a nudge.
    got = await run_clock(
        world, [alex, sam], world.clock.now + timedelta(days=7), every=timedelta(hours=1)
    )
    assert got == {"Alex": [], "Sam": []}
    await alex.says("/timezone berlin")
    listing = texts(await alex.says("/nudges"))
    assert "Appreciation prompt: every day at 20:30" in listing
    assert "Weekly look back: every Sunday at 19:00" in listing
    assert "Hug reminder: off" in listing and "Dream question: off" in listing
    got = await run_clock(
        world, [alex, sam], world.clock.now + timedelta(days=7), every=timedelta(hours=1)
    )
    kinds = {text.split("→ /")[-1].split()[0] for text in (r.text for r in got["Alex"])}
    assert kinds == {"appreciate", "progress"}
    assert got["Sam"] == []  # Sam has not said where they are


async def test_each_partner_gets_the_hug_nudge_at_eight_in_their_own_zone(world: World) -> None:
    alex, sam = await paired(world, zones=("Europe/Berlin", "America/New_York"))
    got = await run_clock(world, [alex, sam], world.clock.now + timedelta(days=1, hours=6))
    alex_hugs, sam_hugs = of_kind(got["Alex"], "hug"), of_kind(got["Sam"], "hug")
    assert [hug.at for hug in alex_hugs] == [local("Europe/Berlin", 2026, 11, 3, 8)]
    assert [hug.at for hug in sam_hugs] == [
        local("America/New_York", 2026, 11, 2, 8),
        local("America/New_York", 2026, 11, 3, 8),
    ]


async def test_a_nudge_links_straight_into_its_practice(world: World) -> None:
    alex, _sam = await paired(world, zones=("Europe/Berlin", "Europe/Berlin"))
    world.clock.now = local("Europe/Berlin", 2026, 11, 3, 8)
    await sweep(world)
    (nudge,) = alex.inbox()
    payloads = [button.payload for row in nudge.buttons for button in row]
    assert payloads == ["cmd:hug", "nudges:list"]
    opened = await alex.presses("cmd:hug")
    assert any(b.payload == "hug:start" for reply in opened for row in reply.buttons for b in row)
    listing = await alex.presses("nudges:list")
    assert "Hug reminder" in texts(listing)


async def test_nudge_lines_vary_and_do_not_repeat_until_the_deck_is_used_up(world: World) -> None:
    alex, sam = await paired(world)
    deck = world.engine.prompts.deck("nudge_hug")
    got = await run_clock(
        world, [alex, sam], world.clock.now + timedelta(days=len(deck)), every=timedelta(hours=1)
    )
    for name in ("Alex", "Sam"):
        lines = [hug.text.split("\n")[0] for hug in of_kind(got[name], "hug")]
        assert sorted(lines) == sorted(deck.items)


# -- the date line ----------------------------------------------------------------------------


async def test_partners_on_both_sides_of_the_date_line_each_get_their_own_morning(
    world: World,
) -> None:
    kiri, pago = await paired(
        world, "Kiri", "Pago", zones=("Pacific/Kiritimati", "Pacific/Pago_Pago")
    )
    got = await run_clock(world, [kiri, pago], world.clock.now + timedelta(days=2))
    # 08:00 on Kiritimati (UTC+14) and 08:00 in Pago Pago (UTC-11) are 25 hours apart.
    kiri_hugs = [hug.at for hug in of_kind(got["Kiri"], "hug")]
    pago_hugs = [hug.at for hug in of_kind(got["Pago"], "hug")]
    assert local("Pacific/Kiritimati", 2026, 11, 4, 8) in kiri_hugs
    assert local("Pacific/Pago_Pago", 2026, 11, 3, 8) in pago_hugs
    assert all(at.astimezone(ZoneInfo("Pacific/Kiritimati")).hour == 8 for at in kiri_hugs)
    assert all(at.astimezone(ZoneInfo("Pacific/Pago_Pago")).hour == 8 for at in pago_hugs)
    # The once-a-day key is the local date: an hour apart in UTC, a day apart on the calendar.
    kiri_id, pago_id = (
        plan_row(world, "Kiri", "hug").person_id,
        plan_row(world, "Pago", "hug").person_id,
    )
    days = {(row.person_id, row.local_date, row.due_at) for row in ledger(world, "hug")}
    assert (kiri_id, date(2026, 11, 3), datetime(2026, 11, 2, 18, tzinfo=UTC)) in days
    assert (pago_id, date(2026, 11, 2), datetime(2026, 11, 2, 19, tzinfo=UTC)) in days


async def test_the_weekly_look_back_comes_on_each_partners_own_sunday(world: World) -> None:
    kiri, pago = await paired(
        world, "Kiri", "Pago", zones=("Pacific/Kiritimati", "Pacific/Pago_Pago")
    )
    got = await run_clock(
        world, [kiri, pago], world.clock.now + timedelta(days=8), every=timedelta(minutes=30)
    )
    (kiri_week,) = of_kind(got["Kiri"], "progress")
    (pago_week,) = of_kind(got["Pago"], "progress")
    assert kiri_week.at == local("Pacific/Kiritimati", 2026, 11, 8, 19)
    assert pago_week.at == local("Pacific/Pago_Pago", 2026, 11, 8, 19)
    assert pago_week.at - kiri_week.at == timedelta(hours=25)


# -- daylight saving time ---------------------------------------------------------------------


async def test_a_half_past_two_nudge_comes_once_when_berlin_turns_the_clocks_back(
    world: World,
) -> None:
    world.clock.now = datetime(2026, 10, 24, 12, tzinfo=UTC)
    alex, _sam = await paired(world, zones=("Europe/Berlin", "Europe/Berlin"))
    assert "Next one: tomorrow at 02:30" in texts(await alex.says("/nudges hug 02:30"))
    # 02:30 happens twice on 25 October 2026: 00:30 UTC (summer time) and 01:30 UTC (winter).
    got = await run_clock(world, [alex], datetime(2026, 10, 25, 6, tzinfo=UTC))
    hugs = of_kind(got["Alex"], "hug")
    assert [hug.at for hug in hugs] == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC)]
    assert plan_row(world, "Alex", "hug").next_due_at == local("Europe/Berlin", 2026, 10, 26, 2, 30)


async def test_a_half_past_two_nudge_still_comes_when_berlin_skips_that_hour(world: World) -> None:
    world.clock.now = datetime(2026, 3, 28, 12, tzinfo=UTC)
    alex, _sam = await paired(world, zones=("Europe/Berlin", "Europe/Berlin"))
    await alex.says("/nudges hug 02:30")
    # On 29 March 2026 the clocks jump from 02:00 to 03:00: 02:30 never happens.
    got = await run_clock(world, [alex], datetime(2026, 3, 29, 6, tzinfo=UTC))
    hugs = of_kind(got["Alex"], "hug")
    assert len(hugs) == 1
    assert hugs[0].at == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 summer time
    assert (hugs[0].at.astimezone(ZoneInfo("Europe/Berlin")).date()) == date(2026, 3, 29)


async def test_new_york_evening_nudges_keep_their_local_time_across_both_changes(
    world: World,
) -> None:
    for start, change in (
        (datetime(2026, 3, 6, 12, tzinfo=UTC), 8),
        (datetime(2026, 10, 30, 12, tzinfo=UTC), 1),
    ):
        world.clock.now = start
        ny = world.person(f"Ny{change}")
        partner = world.person(f"Partner{change}")
        code = CODE.search(texts(await ny.says("/pair")))
        assert code is not None
        await partner.says(f"/pair {code.group(1)}")
        await ny.says("/timezone America/New_York")
        ny.inbox()
        got = await run_clock(world, [ny], start + timedelta(days=3), every=timedelta(minutes=10))
        evenings = of_kind(got[ny.name], "appreciate")
        local_times = [e.at.astimezone(ZoneInfo("America/New_York")) for e in evenings]
        assert len(evenings) == 3
        assert all((t.hour, t.minute) == (20, 30) for t in local_times)
        assert len({t.date() for t in local_times}) == 3
        # One of the gaps is 23 or 25 hours: the UTC time moved, the local time did not.
        gaps = {evenings[i + 1].at - evenings[i].at for i in range(2)}
        assert gaps & {timedelta(hours=23), timedelta(hours=25)}


# -- quiet hours, both awake, pause -----------------------------------------------------------


async def test_a_nudge_that_falls_in_quiet_hours_waits_until_they_end(world: World) -> None:
    alex, _sam = await paired(world, zones=("Europe/Berlin", "Europe/Berlin"))
    await alex.says("/quiet 23:00-09:00")  # the 08:00 hug now falls inside
    got = await run_clock(world, [alex], local("Europe/Berlin", 2026, 11, 3, 12))
    (hug,) = of_kind(got["Alex"], "hug")
    assert hug.at == local("Europe/Berlin", 2026, 11, 3, 9)
    for item in got["Alex"]:
        hour = item.at.astimezone(ZoneInfo("Europe/Berlin")).hour
        assert not (hour >= 23 or hour < 9), item


async def test_time_together_waits_until_both_partners_are_awake(world: World) -> None:
    alex, tomo = await paired(world, "Alex", "Tomo", zones=("Europe/Berlin", "Asia/Tokyo"))
    # 18:30 in Berlin is 02:30 in Tokyo; Tomo's quiet hours end at 03:30 there (19:30 in Berlin).
    await tomo.says("/quiet 00:00-03:30")
    got = await run_clock(world, [alex], local("Europe/Berlin", 2026, 11, 3, 22))
    together = of_kind(got["Alex"], "together")
    assert together[-1].at == local("Europe/Berlin", 2026, 11, 3, 19, 30)


async def test_time_together_is_skipped_when_the_partner_sleeps_all_evening(world: World) -> None:
    alex, tomo = await paired(world, "Alex", "Tomo", zones=("Europe/Berlin", "Asia/Tokyo"))
    await tomo.says("/quiet 23:00-08:00")  # awake again at 00:00 Berlin: too late for tonight
    got = await run_clock(world, [alex], local("Europe/Berlin", 2026, 11, 4, 12))
    assert of_kind(got["Alex"], "together") == []
    assert of_kind(got["Alex"], "hug")  # the personal ones still come


async def test_pause_stops_every_nudge_and_resume_brings_them_back(world: World) -> None:
    alex, _sam = await paired(world)
    await alex.says("/pause")
    got = await run_clock(
        world, [alex], world.clock.now + timedelta(days=2), every=timedelta(hours=1)
    )
    assert got["Alex"] == []
    assert "paused" in texts(await alex.says("/nudges"))
    await alex.says("/resume")
    got = await run_clock(
        world, [alex], world.clock.now + timedelta(days=1), every=timedelta(hours=1)
    )
    assert of_kind(got["Alex"], "hug")


async def test_no_nudges_after_a_safety_reply_until_resume(world: World) -> None:
    alex, sam = await paired(world)
    set_person(world, "Alex", safety_paused=True)
    got = await run_clock(
        world, [alex, sam], world.clock.now + timedelta(days=1), every=timedelta(hours=1)
    )
    assert got["Alex"] == []
    assert of_kind(got["Sam"], "hug")


async def test_after_unpairing_no_couple_nudges_arrive(world: World) -> None:
    alex, _sam = await paired(world)
    await alex.says("/unpair")
    await alex.taps("yes")
    got = await run_clock(
        world, [alex], world.clock.now + timedelta(days=1), every=timedelta(hours=1)
    )
    assert got["Alex"] == []


# -- downtime and clock jumps -----------------------------------------------------------------


async def test_a_nudge_missed_while_down_is_sent_once_within_the_grace_window(world: World) -> None:
    alex, _sam = await paired(world)
    world.clock.now = datetime(2026, 11, 3, 7, tzinfo=UTC)
    await sweep(world)
    alex.inbox()
    # Down from 07:00 to 09:30: the 08:00 hug is 90 minutes late, the grace is 120.
    world = world.restart()
    alex.world = world
    world.clock.now = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)
    await sweep(world)
    assert len(of_kind([Received(world.clock.now, m.text) for m in alex.inbox()], "hug")) == 1
    assert (await sweep(world)).claimed == 0
    assert alex.inbox() == []


async def test_nudges_missed_beyond_the_grace_window_are_skipped_not_flooded(world: World) -> None:
    alex, sam = await paired(world)
    world.clock.now = datetime(2026, 11, 3, 7, tzinfo=UTC)
    await sweep(world)
    alex.inbox()
    sam.inbox()
    world.clock.now = datetime(2026, 11, 6, 10, 15, tzinfo=UTC)  # three days later
    report = await sweep(world)
    assert report.sent == 0
    assert report.outcomes[Outcome.LATE] >= 2
    assert alex.inbox() == [] and sam.inbox() == []
    got = await run_clock(world, [alex], datetime(2026, 11, 7, 9, tzinfo=UTC))
    assert [hug.at for hug in of_kind(got["Alex"], "hug")] == [datetime(2026, 11, 7, 8, tzinfo=UTC)]


async def test_a_shorter_grace_window_is_honoured(world: World) -> None:
    alex, _sam = await paired(world)
    world.clock.now = datetime(2026, 11, 3, 8, 45, tzinfo=UTC)
    report = await sweep(world, grace=timedelta(minutes=30))
    assert report.sent == 0 and report.outcomes[Outcome.LATE] >= 2
    assert alex.inbox() == []


async def test_a_clock_jump_back_never_sends_the_same_nudge_twice(world: World) -> None:
    alex, _sam = await paired(world)
    world.clock.now = datetime(2026, 11, 3, 8, tzinfo=UTC)
    await sweep(world)
    assert len(alex.inbox()) == 1
    # The clock jumps an hour back and the person moves the hug to later the same morning.
    world.clock.now = datetime(2026, 11, 3, 7, tzinfo=UTC)
    assert "Next one: tomorrow at 07:30" in texts(await alex.says("/nudges hug 07:30"))
    # Even a plan forced back to today (a stale copy, another worker) cannot send it again.
    alex_plan = plan_row(world, "Alex", "hug")
    world.db.transaction(
        lambda session: session.execute(
            update(NudgePlan)
            .where(col(NudgePlan.id) == alex_plan.id)
            .values(next_due_at=datetime(2026, 11, 3, 7, 30, tzinfo=UTC))
        )
    )
    world.clock.now = datetime(2026, 11, 3, 7, 30, tzinfo=UTC)
    report = await sweep(world)
    assert report.outcomes.get(Outcome.ALREADY_SENT) == 1
    assert alex.inbox() == []


async def test_changing_time_zone_moves_the_next_nudge(world: World) -> None:
    alex, _sam = await paired(world)
    await alex.says("/timezone Asia/Kolkata")
    assert plan_row(world, "Alex", "hug").next_due_at == local("Asia/Kolkata", 2026, 11, 3, 8)
    await alex.says("/timezone America/Los_Angeles")
    # It is 01:00 in Los Angeles: this morning's hug is still ahead.
    assert plan_row(world, "Alex", "hug").next_due_at == local(
        "America/Los_Angeles", 2026, 11, 2, 8
    )


# -- the date-night reminder ------------------------------------------------------------------


async def _plan_date(alex: Person, sam: Person, weekday: int, minute: int) -> None:
    """Alex suggests the day and time, Sam says yes: only an agreed plan has a reminder."""
    await alex.presses(f"date:time:{weekday}.{minute}")
    await sam.presses(f"date:accept:{weekday}.{minute}")
    alex.inbox()


async def test_the_date_reminder_follows_the_couples_date_plan(world: World) -> None:
    alex, sam = await paired(world, zones=("Europe/Berlin", "America/New_York"))
    await _plan_date(alex, sam, 4, 19 * 60)  # Fridays 19:00 Berlin; /date moves the reminder
    assert "3 hours before your date night (Friday 19:00)" in texts(await alex.says("/nudges"))
    assert "(Friday 13:00)" in texts(await sam.says("/nudges"))
    got = await run_clock(
        world, [alex, sam], local("Europe/Berlin", 2026, 11, 7, 0), every=timedelta(minutes=15)
    )
    (alex_date,) = of_kind(got["Alex"], "date")
    (sam_date,) = of_kind(got["Sam"], "date")
    assert alex_date.at == sam_date.at == local("Europe/Berlin", 2026, 11, 6, 16)
    assert "Date night is today at 19:00" in alex_date.text
    assert "Date night is today at 13:00" in sam_date.text


async def test_a_date_plan_made_without_telling_the_nudges_is_still_picked_up(world: World) -> None:
    alex, sam = await paired(world, zones=("Europe/Berlin", "Europe/Berlin"))
    world.clock.now = local("Europe/Berlin", 2026, 11, 2, 12)
    await _plan_date(alex, sam, 4, 20 * 60)
    got = await run_clock(
        world, [alex], local("Europe/Berlin", 2026, 11, 7, 0), every=timedelta(minutes=15)
    )
    dates = of_kind(got["Alex"], "date")
    # Monday's "plan a date" idea is not sent once a plan exists; Friday's reminder is.
    assert [d.at for d in dates] == [local("Europe/Berlin", 2026, 11, 6, 17)]
    assert "today at 20:00" in dates[0].text


async def test_forgetting_a_person_removes_their_nudge_plans_and_ledger(world: World) -> None:
    alex, _sam = await paired(world)
    await run_clock(world, [alex], world.clock.now + timedelta(days=1), every=timedelta(hours=1))
    await alex.says("/forget")
    await alex.taps("delete")
    counts = world.db.transaction(
        lambda session: (
            len(session.exec(select(NudgePlan)).all()),
            len(session.exec(select(NudgeDelivery)).all()),
        )
    )
    plans, deliveries = counts
    assert plans == len(plan_kinds()) and deliveries >= 1  # only Sam's remain
    assert {row.person_id for row in ledger(world, "hug")} == {
        plan_row(world, "Sam", "hug").person_id
    }


def plan_kinds() -> list[str]:
    from bot.engine.nudges import KINDS

    return list(KINDS)


async def test_an_empty_chat_id_is_no_way_to_reach_someone_in_the_nudge_sweep(
    world: World,
) -> None:
    """The sweep and a partner's message share one idea of "reachable": an identity whose
    private chat id is empty (an old row, an adapter that could not tell) gets no nudge, and
    nothing is queued for a chat called ""."""
    _alex, sam = await paired(world)
    alex_id = plan_row(world, "Alex", "hug").person_id
    world.db.transaction(
        lambda session: session.execute(
            update(Identity).where(col(Identity.person_id) == alex_id).values(private_chat_id="")
        )
    )
    world.clock.now = local("UTC", 2026, 11, 3, 8)
    report = await sweep(world)
    assert report.outcomes.get(Outcome.UNREACHABLE, 0) >= 1
    assert [m.text for m in sam.inbox() if "→ /hug" in m.text]  # Sam still gets theirs
    nowhere = world.db.transaction(
        lambda session: session.exec(select(OutboxMessage).where(OutboxMessage.chat_id == "")).all()
    )
    assert nowhere == []
    assert alex_id not in {row.person_id for row in ledger(world, "hug")}

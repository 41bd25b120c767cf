"""Each person hears Nearer in their own language; partners may speak different ones.

The languages here are pseudo-translations of English (`tests/support/pseudo_language.py`):
every line German says starts with `‹de› `, every line Arabic says with `‹ar› `, so each side of a
conversation can be checked word for word for who reads which language, and that what one
partner writes reaches the other exactly as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_time
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from sqlmodel import Session, select

from bot.charts import _draw, _mirror, render_progress_chart
from bot.delivery import Outbox
from bot.engine import Engine, Outbound
from bot.engine.chart_request import BarSeries, ChartSpec
from bot.engine.events import Chart
from bot.engine.local_text import clock, long_date, number, short_date
from bot.engine.progress import week_starts
from bot.rate_limits import RateLimits, Window
from prompts import Catalog, load_catalog
from storage.models import Identity, SharedSpace
from storage.models import Person as PersonRow
from tests.support.couples import button, invite_code, labels, payloads
from tests.support.databases import database_url
from tests.support.fake_platform import FakePlatform
from tests.support.nudges import local, sweep
from tests.support.pseudo_language import build_catalog, marker
from tests.support.world import Person, World, texts

FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"
FAST = RateLimits(Window(1000, 1.0), Window(1000, 1.0), Window(1000, 1.0))


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return build_catalog(tmp_path_factory.mktemp("prompts"), ("de", "ar"))


@pytest.fixture
async def world(backend: str, tmp_path: Path, catalog: Catalog) -> AsyncIterator[World]:
    with database_url(backend, tmp_path) as url:
        world = World(url, catalog=catalog)
        try:
            yield world
        finally:
            await world.db.dispose()


def read_in(code: str, messages: Iterable[Outbound], *, written: Iterable[str] = ()) -> None:
    """Every line the bot worded in `messages` is in `code`, and so is every button; lines that
    are someone's own words (`written`) are exactly as they wrote them."""
    messages = list(messages)
    assert messages, "nothing was said"
    written = [w for w in written if w]
    for message in messages:
        for line in message.text.split("\n"):
            if not line.strip() or any(words in line for words in written):
                continue
            if code == "en":
                assert "‹" not in line, f"not English: {line!r}"
            else:
                assert line.startswith(marker(code)), f"not in {code}: {line!r}"
        for label in labels([message]):
            if code == "en":
                assert "‹" not in label, f"an English reader's button: {label!r}"
            else:
                assert label.startswith(marker(code)) or label in NAMES, label


NAMES = {"English", "Deutsch", "العربية"}


def spaces(world: World) -> list[SharedSpace]:
    return list(world.db.transaction(lambda session: session.exec(select(SharedSpace)).all()))


def rows_of(world: World, platform_user: str) -> PersonRow:
    def find(session: Session) -> PersonRow | None:
        identity = session.exec(
            select(Identity).where(Identity.platform_user_id == platform_user)
        ).one()
        return session.get(PersonRow, identity.person_id)

    return world.db.transaction(find)


async def two_languages(world: World) -> tuple[Person, Person]:
    """Alex's phone is in English, Sam's in German; they pair."""
    alex = world.person("Alex", language="en-GB")
    sam = world.person("Sam", language="de-AT")
    await sam.says(f"/pair {invite_code(await alex.says('/pair'))}")
    alex.inbox()
    sam.inbox()
    return alex, sam


# -- first contact -----------------------------------------------------------------------------


async def test_the_first_words_are_in_the_language_the_platform_tells(world: World) -> None:
    sam = world.person("Sam", language="de-AT")
    read_in("de", await sam.says("/start"))
    assert rows_of(world, sam.user_id).language == "de"
    noor = world.person("Noor", language="ar")
    hello = await noor.says("/start")
    read_in("ar", hello)
    assert rows_of(world, noor.user_id).language == "ar"
    # A language Nearer does not speak, or none told: English, the default here.
    for name, told in (("Kenji", "ja"), ("Lee", None)):
        someone = world.person(name, language=told)
        read_in("en", await someone.says("/start"))
        assert rows_of(world, someone.user_id).language == "en"


async def test_the_platform_language_counts_only_at_first_contact(world: World) -> None:
    sam = world.person("Sam", language="de")
    await sam.says("/start")
    sam.language = "ar"  # they switched their phone's language later: Nearer keeps German
    read_in("de", await sam.says("/help"))
    assert rows_of(world, sam.user_id).language == "de"


async def test_nearer_language_is_the_default_for_people_whose_platform_tells_none(
    world: World, catalog: Catalog
) -> None:
    engine = Engine(world.db, catalog, default_language="de")
    assert engine.first_language(None) == "de"
    assert engine.first_language("ja") == "de"
    assert engine.first_language("en-US") == "en"  # English said, English meant
    assert engine.first_language("ar-EG") == "ar"
    assert engine.first_language("pt-BR") == "de"  # not spoken in this catalog
    assert Engine(world.db, catalog, default_language="xx").default_language == "en"


# -- /language ---------------------------------------------------------------------------------


async def test_language_offers_each_language_in_its_own_name_and_confirms_in_the_new_one(
    world: World,
) -> None:
    sam = world.person("Sam", language="en")
    offered = await sam.says("/language")
    read_in("en", offered)
    assert "Right now it's English" in texts(offered)
    assert labels(offered) == ["English", "Deutsch", "العربية"]
    assert payloads(offered) == ["language:set:en", "language:set:de", "language:set:ar"]
    changed = await sam.taps("العربية")
    read_in("ar", changed)
    name = f"{FIRST_STRONG_ISOLATE}العربية{POP_ISOLATE}"  # isolated inside right-to-left text
    assert texts(changed) == f"{marker('ar')}Done. From now on I'll speak {name} with you."
    assert rows_of(world, sam.user_id).language == "ar"
    read_in("ar", await sam.says("/help"))
    assert f"Language: {name}" in texts(await sam.says("/settings"))
    back = await sam.presses("language:set:en")
    assert texts(back) == "Done. From now on I'll speak English with you."


@pytest.mark.parametrize(
    "payload",
    ["language:set:xx", "language:set:", "language:set:../en", "language:set:de:de", "language:x"],
)
async def test_a_forged_language_button_gets_a_kind_line_and_changes_nothing(
    world: World, payload: str
) -> None:
    sam = world.person("Sam", language="de")
    await sam.says("/start")
    replies = await sam.presses(payload)
    read_in("de", replies)
    assert rows_of(world, sam.user_id).language == "de"
    if payload.startswith("language:set:"):
        assert "I don't know that language" in texts(replies)
        assert labels(replies) == ["English", "Deutsch", "العربية"]


# -- a couple speaking two languages -----------------------------------------------------------


async def test_partners_each_hear_nearer_in_their_own_language(world: World) -> None:
    alex = world.person("Alex", language="en-GB")
    sam = world.person("Sam", language="de-AT")
    code = invite_code(await alex.says("/pair"))
    joined = await sam.says(f"/pair {code}")
    read_in("de", joined, written=["Alex"])
    told = alex.inbox()
    read_in("en", told, written=["Sam"])
    assert "Sam" in texts(told)

    # Alex's words reach Sam as written, framed in German.
    words = "the way you made soup when I was ill"
    read_in("en", await alex.says(f"/appreciate {words}"))
    received = sam.inbox()
    read_in("de", received, written=[words])
    assert texts(received) == (f"{marker('de')}💛 Alex appreciates you:\n{marker('de')}“{words}”")
    # And Sam's German words reach Alex as written, framed in English.
    words = "dass du immer zuhörst"
    read_in("de", await sam.says(f"/appreciate {words}"))
    received = alex.inbox()
    assert texts(received) == f"💛 Sam appreciates you:\n“{words}”"
    # Each one's journal dates the entries as their locale writes a day.
    assert "2. November 2026" in texts(await sam.says("/journal"))
    assert "2 November 2026" in texts(await alex.says("/journal"))


async def test_a_date_proposal_reaches_the_partner_with_their_own_buttons_and_words(
    world: World,
) -> None:
    alex, sam = await two_languages(world)
    await alex.says("/timezone Europe/Berlin")
    await sam.says("/timezone Europe/Berlin")
    await alex.says("/date")
    await alex.taps("Friday")
    asked = await alex.taps("19:30")
    read_in("en", asked, written=["Sam"])
    to_sam = sam.inbox()
    read_in("de", to_sam, written=["Alex"])
    assert labels(to_sam)[0] == f"{marker('de')}Sounds good"
    agreed = await sam.presses(button(to_sam, "Sounds good"))
    read_in("de", agreed)
    to_alex = alex.inbox()
    read_in("en", to_alex, written=["Sam"])
    assert "Sam said yes: date night every Friday at 19:30" in texts(to_alex)


async def test_a_talk_draft_reaches_the_partner_as_written_with_answers_in_their_language(
    world: World,
) -> None:
    alex, sam = await two_languages(world)
    await alex.says("/talk you never listen")
    await alex.taps("hurt")
    await alex.says("when plans change at the last minute")
    shown = await alex.says("to hear about it earlier")
    read_in("en", shown, written=["Sam"])
    sent = await alex.taps("Send to my partner")
    read_in("en", sent, written=["Sam"])
    [to_sam] = sam.inbox()
    # Alex's finished draft goes as Alex wrote it, in English, inside Sam's German frame.
    draft = "I feel hurt when plans change at the last minute. I need to hear about it earlier."
    assert f"{marker('de')}“{draft}”" in to_sam.text
    read_in("de", [to_sam], written=[draft])
    # Sam answers with one tap: the canned answer reaches Alex in English.
    thanks = await sam.presses(payloads([to_sam])[0])
    read_in("de", thanks)
    to_alex = alex.inbox()
    read_in("en", to_alex, written=["Sam"])


async def test_a_dream_question_is_shown_to_each_by_its_id_in_their_own_language(
    world: World, catalog: Catalog
) -> None:
    alex, sam = await two_languages(world)
    asked = await alex.says("/dream")
    read_in("en", asked)
    english_question = asked[0].text.split("\n")[1]
    deck = catalog.get("en").deck("dreams")
    [item] = [entry for entry in deck.entries if entry.text == english_question]
    answered = await alex.sends("a little house by the sea")
    read_in("en", answered, written=["Sam"])
    [turn_of_sam] = sam.inbox()
    read_in("de", [turn_of_sam], written=["Alex"])
    german = catalog.get("de").deck("dreams").find(item.id)
    assert german is not None and german.text in turn_of_sam.text
    await sam.presses(payloads([turn_of_sam])[0])
    await sam.sends("ein Garten voller Tomaten")
    reveal_sam, reveal_alex = sam.inbox(), alex.inbox()
    read_in("de", reveal_sam, written=["a little house by the sea", "ein Garten voller Tomaten"])
    read_in("en", reveal_alex, written=["a little house by the sea", "ein Garten voller Tomaten"])
    assert german.text in texts(reveal_sam) and item.text in texts(reveal_alex)


async def test_nudges_are_worded_in_each_partners_language(world: World) -> None:
    alex, sam = await two_languages(world)
    for person in (alex, sam):
        await person.says("/timezone Europe/Berlin")
        await person.says("/nudges hug on")
    alex.inbox()
    sam.inbox()
    world.clock.now = local("Europe/Berlin", 2026, 11, 3, 8)
    await sweep(world)
    read_in("en", alex.inbox())
    read_in("de", sam.inbox())


async def test_leaving_is_told_to_the_partner_in_their_language(world: World) -> None:
    alex, sam = await two_languages(world)
    read_in("en", await alex.says("/unpair"), written=["Sam"])
    read_in("en", await alex.taps("yes, unpair"), written=["Sam"])
    read_in("de", sam.inbox())


async def test_a_silent_exit_is_told_to_the_partner_in_their_language(world: World) -> None:
    """Alex blocks the bot: the outbox finds the chat gone, and Sam hears it in German."""
    alex, sam = await two_languages(world)
    fake = FakePlatform("test", FAST)
    outbox = Outbox(
        world.db, {"test": fake}, world.clock, on_unreachable=world.engine.person_unreachable
    )
    fake.unreachable.add(alex.chat_id)
    await sam.says("/appreciate thanks for the tea")
    await outbox.drain()
    [ended] = fake.texts_to(sam.chat_id)
    assert ended.startswith(marker("de")) and "connection has ended" in ended
    await outbox.close()


# -- a shared group's own language ---------------------------------------------------------------

GROUP = "g-language"


async def test_a_group_speaks_its_setters_language_until_a_partner_changes_it(
    world: World,
) -> None:
    alex, sam = await two_languages(world)
    set_up = await alex.says("/couple setup", group=GROUP)
    read_in("en", set_up, written=["Alex", "Sam"])
    [space] = world.db.transaction(
        lambda s: list(s.exec(__import__("sqlmodel").select(SharedSpace)))
    )
    assert space.language == "en"
    # Sam reads German privately, yet the group is English: what Sam does there is in English.
    read_in("en", await sam.says("/couple", group=GROUP), written=["Alex", "Sam"])
    offered = await sam.says("/language", group=GROUP)
    read_in("en", offered)
    assert "in this group" in texts(offered)
    changed = await sam.presses("language:set:de", group=GROUP)
    assert texts(changed) == f"{marker('de')}Done. From now on I'll speak Deutsch in this group."
    read_in("de", await alex.says("/couple", group=GROUP), written=["Alex", "Sam"])
    # Their own languages did not change.
    read_in("en", await alex.says("/help"))
    read_in("de", await sam.says("/help"))
    # Someone who is not one of the two cannot change it.
    stranger = world.person("Kim", language="ar")
    refused = await stranger.presses("language:set:ar", group=GROUP)
    assert "language:set" not in texts(refused)
    [space] = world.db.transaction(
        lambda s: list(s.exec(__import__("sqlmodel").select(SharedSpace)))
    )
    assert space.language == "de"


async def test_a_hug_in_the_shared_group_ends_in_the_groups_language(world: World) -> None:
    alex, sam = await two_languages(world)
    await alex.says("/couple setup", group=GROUP)
    await sam.presses("language:set:de", group=GROUP)
    started = await alex.says("/hug", group=GROUP)
    read_in("de", started)
    await alex.presses(button(started, "Start"), group=GROUP)
    world.clock.now += timedelta(seconds=25)
    await world.engine.fire_due_timers()
    finished = world.take_outbox("test", GROUP)
    read_in("de", finished)


async def test_listening_across_two_languages(world: World) -> None:
    alex, sam = await two_languages(world)
    await alex.says("/listen")
    share = "Work has been so heavy that I barely feel like myself at home."
    read_in("en", await alex.sends(share), written=["Sam"])
    to_sam = sam.inbox()
    read_in("de", to_sam, written=[share])
    reflection = "Ich höre, dass die Arbeit dich auslaugt."
    read_in("de", await sam.sends(reflection), written=["Alex"])
    to_alex = alex.inbox()
    read_in("en", to_alex, written=[reflection])
    assert reflection in texts(to_alex)
    await alex.presses(button(to_alex, "Partly"))
    read_in("de", sam.inbox())


async def test_repair_together_stress_and_knowme_reach_the_partner_in_their_language(
    world: World,
) -> None:
    alex, sam = await two_languages(world)
    await alex.says("/repair")
    await alex.taps("Let's start again")
    await alex.taps("Can we start that over?")
    to_sam = sam.inbox()
    read_in("de", to_sam, written=["Can we start that over?"])  # the phrase Alex chose
    read_in("de", await sam.presses(button(to_sam, "I'm in")))
    read_in("en", alex.inbox(), written=["Sam"])

    offer = await alex.says("/together")
    await alex.taps("We'll do it")
    invitation = sam.inbox()
    read_in("de", invitation)  # the idea itself in German, found by its id
    english_idea = offer[0].text.splitlines()[-1]
    assert f"{marker('de')}{english_idea}" in texts(invitation)

    await alex.says("/stress")
    await alex.taps("I'll talk first")
    invitation = sam.inbox()
    read_in("de", invitation)
    await sam.presses(button(invitation, "Ready now"))
    read_in("en", alex.inbox(), written=["Sam"])
    listening = sam.inbox()
    read_in("de", listening)  # with an opener from the German deck
    read_in("de", await sam.presses(button(listening, "We're done")))
    read_in("en", alex.inbox(), written=["Sam"])

    await alex.says("/knowme")
    await alex.sends("Toast with too much butter")
    read_in("de", sam.inbox(), written=["Alex"])
    guess = "Nudeln, immer Nudeln"
    await sam.sends(guess)
    read_in("de", sam.inbox(), written=["Toast with too much butter", guess])
    read_in("en", alex.inbox(), written=["Toast with too much butter", guess])


# -- dates, times and weeks as each reader's locale writes them --------------------------------


async def test_times_and_days_are_written_as_each_readers_locale_writes_them(
    world: World,
) -> None:
    alex, sam = await two_languages(world)
    for person in (alex, sam):
        await person.says("/timezone Europe/Berlin")
    await alex.says("/together apart")
    sam.inbox()
    set_reply = texts(await alex.says("/together visit 2026-12-20"))
    assert "20 December 2026" in set_reply
    told = texts(sam.inbox())
    assert "20. Dezember 2026" in told and "December" not in told
    assert "20:30" in texts(await alex.says("/nudges"))  # en_GB: the 24-hour clock
    assert "20:30" in texts(await sam.says("/nudges"))
    await sam.presses("language:set:ar")
    arabic_time = format_time(time(20, 30), "short", locale="ar")
    assert arabic_time != "20:30"  # a 12-hour clock, in Arabic
    assert f"{FIRST_STRONG_ISOLATE}{arabic_time}{POP_ISOLATE}" in texts(await sam.says("/nudges"))


def test_weeks_start_on_the_locales_first_day() -> None:
    wednesday = datetime(2026, 11, 4, 12, tzinfo=UTC)
    assert week_starts("UTC", wednesday, 2) == [date(2026, 10, 26), date(2026, 11, 2)]
    sunday_first = Locale.parse("pt_BR").first_week_day
    assert sunday_first == 6
    assert week_starts("UTC", wednesday, 2, sunday_first) == [
        date(2026, 10, 25),
        date(2026, 11, 1),
    ]


# -- the progress chart, right to left --------------------------------------------------------

ISOLATE = f"{FIRST_STRONG_ISOLATE}{{}}{POP_ISOLATE}"
#: Written for this test by hand (not machine output): what an Arabic reader's card says.
ARABIC_WEEKS = ("14 سبتمبر", "21 سبتمبر", "28 سبتمبر", "5 أكتوبر", "12 أكتوبر", "19 أكتوبر",
                "26 أكتوبر", "هذا الأسبوع")  # fmt: skip


def arabic_chart() -> ChartSpec:
    def none_yet(command: str) -> str:
        return f"لا شيء بعد. {ISOLATE.format(command)} في أي وقت."

    return ChartSpec(
        title=f"أنتما الاثنان، آخر {ISOLATE.format(8)} أسابيع",
        subtitle=f"أسبوعًا بأسبوع منذ {ISOLATE.format('14 سبتمبر')}، وهذا الأسبوع على اليسار",
        week_labels=ARABIC_WEEKS,
        slots=8,
        bars=(
            BarSeries("hugs", "العناق", (3, 5, 0, 7, 12, 9, 11, 4), none_yet("/hug")),
            BarSeries("appreciations", "كلمات التقدير", (1, 2, 2, 0, 3, 4, 2, 1), ""),
            BarSeries("together", "وقت معًا", (0, 1, 2, 1, 2, 3, 2, 1), ""),
            BarSeries("dreams", "أحلام مشتركة", (0, 0, 1, 0, 1, 1, 0, 0), ""),
            BarSeries("ideas", "أشياء جديدة جرّبتماها", (0, 0, 0, 1, 0, 0, 1, 0), ""),
        ),
        line_label="لك وحدك: المتابعات",
        line_caption=f"المعدل الأسبوعي، من {ISOLATE.format(5)} إلى {ISOLATE.format(25)}",
        line_values=(12.0, None, 14.5, 15.0, None, 17.0, 18.0, 19.0),
        line_range=(5.0, 25.0),
        line_empty_note=f"لا متابعات بعد. {ISOLATE.format('/checkin')} متى شئت.",
        alt_text="رسم بياني",
        rtl=True,
    )


def test_an_arabic_chart_is_mirrored_and_drawn_to_a_file_to_look_at() -> None:
    spec = arabic_chart()
    png = render_progress_chart(spec)
    out = Path(__file__).parent / "charts_out"
    out.mkdir(exist_ok=True)
    (out / "eight-weeks-ar.png").write_bytes(png)
    (out / "eight-weeks-ar-as-if-ltr.png").write_bytes(
        render_progress_chart(dataclasses.replace(spec, rtl=False))
    )
    assert png.startswith(b"\x89PNG")
    figure = Figure(figsize=(10.8, 10.8), dpi=100)
    FigureCanvasAgg(figure)
    _draw(figure, spec)
    _mirror(figure)
    where = {text.get_text(): text for text in figure.texts}
    title = where[spec.title]
    assert title.get_position()[0] > 0.9 and title.get_horizontalalignment() == "right"
    # Weeks run from right to left: this week is left of the first week shown.
    assert where["هذا الأسبوع"].get_position()[0] < where["14 سبتمبر"].get_position()[0]
    assert ChartSpec.from_json(spec.to_json()).rtl


async def test_an_arabic_readers_progress_chart_asks_for_right_to_left(
    world: World, catalog: Catalog
) -> None:
    drawn: list[ChartSpec] = []

    async def draw(spec: ChartSpec) -> bytes:
        drawn.append(spec)
        return render_progress_chart(spec)

    world.engine = Engine(
        world.db, catalog, settings=world.settings, clock=world.clock, chart_renderer=draw
    )
    alex, sam = await two_languages(world)
    await alex.says("/appreciate the tea")
    world.clock.now += timedelta(minutes=5)  # the progress counts what happened before now
    await sam.presses("language:set:ar")
    replies = await sam.says("/progress")
    assert any(isinstance(reply.attachment, Chart) for reply in replies), texts(replies)
    await alex.says("/progress")
    arabic, english = drawn
    assert arabic.rtl and arabic.title.startswith(marker("ar"))
    assert not english.rtl and "‹" not in english.title


def test_numbers_times_and_dates_follow_the_readers_locale(catalog: Catalog) -> None:
    english, german, arabic = catalog.get("en"), catalog.get("de"), catalog.get("ar")
    assert [number(p, 15.5) for p in (english, german)] == ["15.5", "15,5"]
    assert number(german, 15.0) == "15"  # an average that is whole reads whole
    assert [clock(p, 19 * 60 + 30) for p in (english, german)] == ["19:30", "19:30"]
    assert clock(arabic, 19 * 60 + 30) == format_time(time(19, 30), "short", locale="ar")
    day = date(2026, 12, 20)
    assert long_date(english, day) == "20 December 2026"
    assert long_date(german, day) == "20. Dezember 2026"
    assert short_date(german, day) == "20. Dez."


async def test_with_the_shipped_translations_each_partner_reads_their_own(
    backend: str, tmp_path: Path
) -> None:
    """The same story with the real translations on this branch: Alex's phone is in English,
    Sam's in Russian; each line Sam receives is the Russian message, word for word."""
    shipped = load_catalog()
    if "ru" not in shipped.codes:
        pytest.skip("no Russian translation on this branch")
    russian = shipped.get("ru")
    with database_url(backend, tmp_path) as url:
        world = World(url, catalog=shipped)
        try:
            alex = world.person("Alex", language="en-US")
            sam = world.person("Sam", language="ru-RU")
            await sam.says(f"/pair {invite_code(await alex.says('/pair'))}")
            assert texts(alex.inbox()) == shipped.english.say("pair.partner_joined", partner="Sam")
            words = "the way you made soup when I was ill"
            await alex.says(f"/appreciate {words}")
            assert texts(sam.inbox()) == russian.say(
                "appreciate.received", author="Alex", text=words
            )
            await sam.says("/unpair")
            await sam.taps(russian.say("pair.unpair_yes"))
            assert texts(alex.inbox()) == shipped.english.say("privacy.connection_ended")
        finally:
            await world.db.dispose()


async def test_reminders_are_known_by_their_names_in_the_persons_language(
    backend: str, tmp_path: Path
) -> None:
    """`/nudges abrazo off` is `/nudges hug off` for someone who speaks Spanish
    (rules/words.toml [nudge_kinds]); an unknown name still gets the kind hint."""
    shipped = load_catalog()
    spanish = shipped.get("es")
    with database_url(backend, tmp_path) as url:
        world = World(url, catalog=shipped)
        try:
            ana = world.person("Ana", language="es-ES")
            bea = world.person("Bea", language="es-MX")
            await bea.says(f"/pair {invite_code(await ana.says('/pair'))}")
            said = texts(await ana.says("/nudges abrazo off"))
            assert said != texts(await ana.says("/nudges zzz off"))
            assert spanish.say("nudges.kind_hug") in said
        finally:
            await world.db.dispose()

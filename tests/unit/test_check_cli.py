"""``meja-redaksi check``: files, articles in the store, JSON output and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from meja_redaksi.cli import main
from meja_redaksi.domain.entities import Article

SAMPLE = "Kerjasama Pemprov DKI\n\nWarga dijakarta diminta berhati-hati, kata gubernur Anies, Senin, 30/4.\n"


@pytest.fixture(autouse=True)
def no_language_preference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No settings file and no locale language: the messages default to Indonesian."""
    config = tmp_path / "config"
    monkeypatch.setenv("MEJA_REDAKSI_CONFIG_DIR", str(config))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    return config


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "berita.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    code, out, err = run(capsys, str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "1:1 baku: Bentuk baku: kerja sama -> Kerja sama",
        "3:7 di-pisah: Kata depan di ditulis terpisah dari kata berikutnya -> di Jakarta",
        "3:44 jabatan: Jabatan di depan nama ditulis kapital: Gubernur Anies -> Gubernur",
        "3:60 dateline: Tulis hari dan tanggal dalam bentuk Senin (30/4) -> Senin (30/4)",
    ]


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "berita.md"
    path.write_text(SAMPLE.replace("Kerjasama", "Anggaarn"), encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--json")
    assert code == 0
    hints = [json.loads(line) for line in out.splitlines()]
    assert [h["rule"] for h in hints] == ["ejaan", "di-pisah", "jabatan", "dateline"]
    first = hints[0]
    assert (first["line"], first["column"], first["length"], first["text"]) == (1, 1, 8, "Anggaarn")
    assert first["kind"] == "spelling"
    assert "Anggaran" in first["suggestions"]


def test_front_matter_and_long_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    headline = " ".join(["Warga"] * 16)
    path = tmp_path / "berita.md"
    path.write_text(
        f'---\nid: 1234\nheadline: "{headline}"\ntags: [resiko]\n---\n\nIsi berita yang baik.\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, str(path))
    assert code == 0
    # the headline is checked in place (line 3, after 'headline: "'); other keys are not checked
    assert out.splitlines() == [f"3:12 judul: {out.split('judul: ')[1].strip()}"]
    assert "16 kata" in out


def test_no_hints_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bersih.txt"
    path.write_text("Gubernur Meninjau Banjir\n\nWarga di Jakarta Timur bekerja sama.\n", "utf-8")
    assert run(capsys, str(path)) == (0, "", "")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Judul\n\nkata \xff\xfe rusak", "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"", "empty"),
    ],
)
def test_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "masukan.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, str(path))
    assert (code, out) == (1, "")
    assert message in err and len(err.strip().splitlines()) == 1


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(tmp_path / "tidak-ada.txt"))
    assert (code, out) == (1, "")
    assert "no such file" in err


def test_article_from_the_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from meja_redaksi.services import open_services

    store = tmp_path / "store.sqlite3"
    article = Article(
        headline="Pemprov DKI Perkuat Kerjasama",
        lead="Kerja sama dengan Tokyo diperluas.",
        body="Hal itu disampaikan gubernur Anies di Balai Kota, Senin (30/4).",
    )
    with open_services(store) as services:
        services.store.articles.save(article)
    code, out, err = run(capsys, article.id, "--store", str(store))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("1:21 baku:") and "Kerja sama" in lines[0]
    assert lines[1].startswith("5:21 jabatan:")
    assert len(lines) == 2
    code, out, err = run(capsys, str(uuid.uuid4()), "--store", str(store))
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1


def test_add_word_to_the_store_dictionary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite3"
    path = tmp_path / "berita.txt"
    path.write_text("Judul\n\nNina Hachigian hadir.\n", encoding="utf-8")
    assert "Hachigian" in run(capsys, str(path), "--store", str(store))[1]
    assert run(capsys, "--add-word", "Hachigian", "--store", str(store)) == (0, "", "")
    assert run(capsys, str(path), "--store", str(store)) == (0, "", "")
    assert (tmp_path / "kamus_redaksi.txt").read_text(encoding="utf-8") == "Hachigian\n"
    code, _, err = run(capsys, "--add-word", "dua kata", "--store", str(store))
    assert code == 1 and "one word" in err


def test_installed_command(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "meja_redaksi", "check", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 4


def test_seed_page(capsys: pytest.CaptureFixture[str]) -> None:
    seed = (
        Path(__file__).resolve().parents[1] / "data" / "portal-article-2018-05-02-sister-city.txt"
    )
    code, out, err = run(capsys, str(seed))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    # the related headline "Tekan Kesepakatan Kerjasama": non-standard, the page's own form first
    [kerjasama] = [line for line in lines if line.startswith("28:41 ")]
    assert kerjasama.startswith("28:41 baku: Bentuk baku: kerja sama; teks ini juga menulis")
    assert kerjasama.endswith("-> Kerja Sama | Kerja sama")
    assert not any(line.startswith("1:") and "ejaan" not in line for line in lines)


def test_article_without_headline_is_not_measured_on_its_lead() -> None:
    from meja_redaksi.checking import CopyChecker

    lead = " ".join(["Warga"] * 30)
    hints = CopyChecker().check_article(Article(lead=lead, body="Isi."))
    assert [h.rule for h in hints] == []


ENGLISH_LINES = [
    "1:1 baku: Standard form: kerja sama -> Kerja sama",
    "3:7 di-pisah: The preposition di is written apart from the next word -> di Jakarta",
    "3:44 jabatan: An official title before a name takes capitals: Gubernur Anies -> Gubernur",
    "3:60 dateline: Write the day and date as Senin (30/4) -> Senin (30/4)",
]


def test_lang_en_prints_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "berita.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    code, out, err = run(capsys, str(path), "--lang", "en")
    assert (code, err) == (0, "")
    assert out.splitlines() == ENGLISH_LINES
    # the top-level option works as well, and --lang id gives the Indonesian text back
    assert main(["--lang", "en", "check", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ENGLISH_LINES
    code, out, _ = run(capsys, str(path), "--lang", "id")
    assert out.splitlines()[0] == "1:1 baku: Bentuk baku: kerja sama -> Kerja sama"


def test_lang_en_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "berita.md"
    path.write_text(SAMPLE.replace("Kerjasama", "Anggaarn"), encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--json", "--lang", "en")
    assert code == 0
    hints = [json.loads(line) for line in out.splitlines()]
    assert [h["rule"] for h in hints] == ["ejaan", "di-pisah", "jabatan", "dateline"]
    assert hints[0]["message"] == "Not in the dictionary: Anggaarn"
    assert (hints[0]["template"], hints[0]["params"]) == ("ejaan", {"word": "Anggaarn"})
    assert hints[3]["params"] == {"expected": "Senin (30/4)"}
    assert hints[3]["message"] == "Write the day and date as Senin (30/4)"


def test_bad_lang_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "berita.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(path), "--lang", "fr"])
    assert exit_info.value.code == 2
    assert "fr" in capsys.readouterr().err


def test_language_from_settings_then_locale(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_language_preference: Path,
) -> None:
    from meja_redaksi.settings import Settings

    path = tmp_path / "berita.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert run(capsys, str(path))[1].splitlines() == ENGLISH_LINES
    settings = Settings()  # the desktop app chose Indonesian: its setting comes before LANG
    settings.set("language", "id")
    settings.save()
    assert settings.path.parent == no_language_preference
    assert run(capsys, str(path))[1].splitlines()[0].startswith("1:1 baku: Bentuk baku")
    settings.set("language", "en")
    settings.save()
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert run(capsys, str(path))[1].splitlines() == ENGLISH_LINES
    # an explicit --lang wins over both
    assert run(capsys, str(path), "--lang", "id")[1].splitlines()[0].startswith("1:1 baku: Bentuk")

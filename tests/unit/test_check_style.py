"""Style rules of the copy checker, with real sentences from Jakarta news copy."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from meja_redaksi.checking import CopyChecker, Hint, HintKind


@pytest.fixture(scope="module")
def checker() -> CopyChecker:
    return CopyChecker()


def rule_hints(
    checker: CopyChecker, text: str, rule: str, headline_index: int | None = None
) -> list[Hint]:
    return [h for h in checker.check_text(text, headline_index=headline_index) if h.rule == rule]


def only(checker: CopyChecker, text: str, rule: str, headline_index: int | None = None) -> Hint:
    found = rule_hints(checker, text, rule, headline_index)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "wrong", "suggestion"),
    [
        ("Warga yang tinggal dijakarta diminta menghemat air.", "dijakarta", "di Jakarta"),
        ("Petugas sudah berjaga disana sejak pagi.", "disana", "di sana"),
        ("Belum diketahui dimana pelaku bersembunyi.", "dimana", "di mana"),
        ("Bantuan dibagikan kepada warga diantara dua kecamatan.", "diantara", "di antara"),
        ("Dimana lokasi posko banjir terdekat?", "Dimana", "Di mana"),
        ("Sejumlah pedagang berjualan ditrotoar Jalan Sudirman.", "ditrotoar", "di trotoar"),
    ],
)
def test_preposition_di_written_together_is_flagged(
    checker: CopyChecker, sentence: str, wrong: str, suggestion: str
) -> None:
    hint = only(checker, sentence, "di-pisah")
    assert hint.text == wrong
    assert sentence[hint.column - 1 : hint.column - 1 + hint.length] == wrong
    assert hint.suggestions[0] == suggestion
    # one underline per mistake: the joined word is not also reported as a misspelling
    assert [h for h in checker.check_text(sentence) if h.column == hint.column] == [hint]


@pytest.mark.parametrize(
    ("sentence", "wrong", "suggestion"),
    [
        ("Nota kesepahaman itu di tandatangani kedua pihak.", "di tandatangani", "ditandatangani"),
        ("Pembersihan saluran akan di laksanakan pekan depan.", "di laksanakan", "dilaksanakan"),
        ("Bantuan sosial di berikan kepada 500 keluarga.", "di berikan", "diberikan"),
    ],
)
def test_prefix_di_written_apart_is_flagged(
    checker: CopyChecker, sentence: str, wrong: str, suggestion: str
) -> None:
    hint = only(checker, sentence, "di-serangkai")
    assert hint.text == wrong
    assert hint.suggestions == (suggestion,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Belum diketahui di mana pelaku bersembunyi.",
        "Di antara warga yang hadir terdapat lurah dan camat setempat.",
        "Petugas Dinas Perhubungan berjaga di sini dan di sana.",
        "Dia mengatakan pembangunan dimulai di Jakarta Timur.",
        "Ia menyerahkan diri ke Polda Metro Jaya.",
        "Dinas Kesehatan menggelar diskusi tentang dinamika layanan digital.",
        "Diana, warga Cilandak, mengaku puas.",
        "Rapat digelar di pukul 10.00 WIB di Balai Kota.",
        "Kegiatan berlangsung di atas kapal di Kepulauan Seribu.",
        "Acara itu digelar di Monas dan dihadiri ribuan warga.",
        "Tim Jakarta berada di urutan pertama di ulang tahun ke-497 Jakarta.",
        "Kendaraan dicek, jalan diaspal, dan kali dinormalisasi serta direvitalisasi.",
        "Sejumlah pejabat dimutasi setelah lokasi itu dirazia dan disidak petugas.",
        "Jalan itu dipasangi lampu, disesaki warga, dan dimeriahkan pentas seni.",
    ],
)
def test_correct_di_is_not_flagged(checker: CopyChecker, sentence: str) -> None:
    assert checker.check_text(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "suggestion"),
    [
        ("Pemprov DKI menjalin kerjasama dengan Tokyo.", "kerjasama", "kerja sama"),
        ("Aktifitas warga kembali normal setelah banjir surut.", "Aktifitas", "Aktivitas"),
        ("Warga diminta memahami resiko tinggal di bantaran kali.", "resiko", "risiko"),
        ("Gubernur mengeluarkan himbauan agar warga bekerja dari rumah.", "himbauan", "imbauan"),
        ("Kebijakan itu tidak merubah jadwal operasional MRT.", "merubah", "mengubah"),
        ("Petugas memeriksa praktek parkir liar di Tanah Abang.", "praktek", "praktik"),
        ("Ini bukan sekedar seremoni, kata Wagub.", "sekedar", "sekadar"),
        ("Bapenda melakukan analisa terhadap pajak kendaraan.", "analisa", "analisis"),
        ("Warga mengeluh sulit bernafas karena asap.", "bernafas", "bernapas"),
    ],
)
def test_non_standard_forms(
    checker: CopyChecker, sentence: str, wrong: str, suggestion: str
) -> None:
    hint = only(checker, sentence, "baku")
    assert hint.text == wrong
    assert hint.suggestions[0] == suggestion


def test_standard_forms_are_not_flagged(checker: CopyChecker) -> None:
    text = (
        "Kerja sama itu mengurangi risiko banjir. Imbauan gubernur diikuti warga. "
        "Praktik baik ini bukan sekadar seremoni."
    )
    assert rule_hints(checker, text, "baku") == []


def test_same_term_written_two_ways(checker: CopyChecker) -> None:
    text = (
        "Pemprov DKI memperluas cakupan e-KTP.\n"
        "Warga yang belum memiliki e-KTP dapat datang ke kantor kelurahan.\n"
        "Pencetakan eKTP dilayani setiap hari kerja."
    )
    hint = only(checker, text, "konsisten")
    assert (hint.line, hint.text, hint.kind) == (3, "eKTP", HintKind.NOTICE)
    assert hint.suggestions == ("e-KTP",)


def test_spaced_and_joined_term_keeps_the_article_spelling(checker: CopyChecker) -> None:
    text = "Kerja Sama Jakarta dan Seoul Diperkuat\n\nKerjasama itu berjalan sejak 1990."
    hint = next(h for h in checker.check_text(text, headline_index=0) if h.text == "Kerjasama")
    assert hint.line == 3
    assert hint.suggestions[0] == "Kerja Sama"
    assert "Kerja Sama" in hint.message


def test_one_spelling_is_consistent(checker: CopyChecker) -> None:
    text = "Kerja sama berjalan baik.\nKerja sama itu diperpanjang."
    assert rule_hints(checker, text, "konsisten") == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "suggestion"),
    [
        ("Hal itu disampaikan gubernur Anies di Balai Kota.", "gubernur", "Gubernur"),
        ("Acara dibuka wakil gubernur Rano Karno.", "wakil gubernur", "Wakil Gubernur"),
        (
            "Menurut wali kota Jakarta Selatan, jalan itu segera diperbaiki.",
            "wali kota",
            "Wali Kota",
        ),
        ("Hadir pula camat Tebet dan lurah Menteng Dalam.", "camat", "Camat"),
    ],
)
def test_title_before_a_name_is_capitalised(
    checker: CopyChecker, sentence: str, wrong: str, suggestion: str
) -> None:
    hint = rule_hints(checker, sentence, "jabatan")[0]
    assert hint.text == wrong
    assert hint.suggestions == (suggestion,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rapat itu dihadiri para gubernur se-Indonesia.",
        "Setiap gubernur wajib menyerahkan laporan.",
        "Gubernur Anies meninjau lokasi banjir.",
        "Ia pernah menjadi seorang camat di Cakung.",
        "Kewenangan gubernur diatur undang-undang.",
        "Wakil Gubernur DKI Jakarta menghadiri acara itu.",
    ],
)
def test_generic_or_correct_titles_are_not_flagged(checker: CopyChecker, sentence: str) -> None:
    assert rule_hints(checker, sentence, "jabatan") == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "suggestion"),
    [
        ("ujar Anies di Balai Kota, Senin, 30/4.", "Senin, 30/4", "Senin (30/4)"),
        ("kata Heru di Jakarta, Selasa (1 Mei).", "Selasa (1 Mei)", "Selasa (1/5)"),
        ("ujarnya, Rabu(2/5).", "Rabu(2/5)", "Rabu (2/5)"),
        ("tuturnya, Kamis (03/05).", "Kamis (03/05)", "Kamis (3/5)"),
    ],
)
def test_datelines(checker: CopyChecker, sentence: str, wrong: str, suggestion: str) -> None:
    hint = only(checker, sentence, "dateline")
    assert hint.text == wrong
    assert hint.suggestions == (suggestion,)


@pytest.mark.parametrize(
    "sentence",
    [
        "ujar Anies, dari Los Angeles, Amerika Serikat, Senin (30/4).",
        "Rabu, 02 Mei 2018",
        "Acara digelar Minggu (6/5/2018) di Monas.",
    ],
)
def test_correct_datelines_are_not_flagged(checker: CopyChecker, sentence: str) -> None:
    assert rule_hints(checker, sentence, "dateline") == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "suggestion"),
    [
        ("Anggaran yang disiapkan mencapai Rp 100 juta.", "Rp 100", "Rp100"),
        ("Tarif Transjakarta tetap Rp. 3.500 per perjalanan.", "Rp. 3.500", "Rp3.500"),
        ("Denda parkir liar Rp.500.000 per hari.", "Rp.500.000", "Rp500.000"),
    ],
)
def test_rupiah_is_written_close(
    checker: CopyChecker, sentence: str, wrong: str, suggestion: str
) -> None:
    hint = only(checker, sentence, "rupiah")
    assert hint.text == wrong
    assert hint.suggestions == (suggestion,)


def test_numbers_percent_and_time(checker: CopyChecker) -> None:
    text = "Inflasi turun 2,5 % pada April.\nRapat dimulai jam 09.30 WIB."
    assert only(checker, text, "persen").suggestions == ("2,5%",)
    assert only(checker, text, "waktu").suggestions == ("pukul 09.30",)
    clean = (
        "Pemprov DKI Terima 3.922 Sertifikat Aset Senilai Rp102 T\nInflasi turun 2,5% pukul 09.30."
    )
    assert [h for h in checker.check_text(clean) if h.kind is HintKind.STYLE] == []


def test_headline_length(checker: CopyChecker) -> None:
    long_headline = (
        "Pemprov DKI Jakarta Bersama Dinas Perhubungan dan Transjakarta Resmikan Rute Baru "
        "dari Kepulauan Seribu ke Jakarta Pusat"
    )
    hint = only(checker, long_headline + "\n\nIsi berita.", "judul", headline_index=0)
    assert (hint.line, hint.column, hint.length) == (1, 1, len(long_headline))
    short = "Gubernur Ingin Kerja Sama Sister City dengan Los Angeles Diperkuat"
    assert rule_hints(checker, short + "\n\nIsi.", "judul", headline_index=0) == []
    # Without a headline line the rule does not run at all.
    assert [h for h in checker.check_text(long_headline) if h.rule == "judul"] == []


def test_headline_rule_runs_only_on_the_headline(checker: CopyChecker) -> None:
    long_line = " ".join(["warga"] * 20)
    hints = checker.check_text(f"Judul Pendek\n\n{long_line}", headline_index=0)
    assert [h for h in hints if h.rule == "judul"] == []
    hints = checker.check_text(f"{long_line}\n\nIsi.", headline_index=0)
    assert [h.line for h in hints if h.rule == "judul"] == [1]


def test_seed_article(checker: CopyChecker, seed_text: str) -> None:
    lines = seed_text.split("\n")
    hints = checker.check_lines(lines, headline_index=0)
    by_rule: dict[str, list[Hint]] = {}
    for hint in hints:
        by_rule.setdefault(hint.rule, []).append(hint)
        # every hint points at exactly the text it names
        assert lines[hint.line - 1][hint.column - 1 :][: hint.length] == hint.text
    # The headline's "Kerja Sama" is standard; the related headline's "Kerjasama" is not, and is
    # the same term written another way: one hint, suggesting the article's own spelling.
    assert "Kerja Sama" in lines[0]
    assert not [h for h in hints if h.line == 1 and h.kind is not HintKind.SPELLING]
    [kerjasama] = by_rule["baku"][-1:]
    assert kerjasama.text == "Kerjasama"
    assert lines[kerjasama.line - 1].endswith("Tekan Kesepakatan Kerjasama")
    assert kerjasama.suggestions[0] == "Kerja Sama"
    assert [h.text for h in by_rule["gabung"]] == ["antar warga", "antar pemerintah"]
    # The dateline "Senin (30/4)" and "Rp102 T" are right; the governor's title is capitalised.
    assert "dateline" not in by_rule and "rupiah" not in by_rule and "jabatan" not in by_rule
    # The photo-file title "Gubernur pramono ..." writes a name in lower case.
    spelled = {h.text for h in by_rule["ejaan"]}
    assert "pramono" in spelled
    assert spelled.isdisjoint({"Anies", "Baswedan", "Pemprov", "DKI", "Transjakarta", "Cijantung"})


def test_results_do_not_depend_on_cache(checker: CopyChecker, seed_text: str) -> None:
    first = checker.check_text(seed_text, headline_index=0)
    fresh = CopyChecker().check_text(seed_text, headline_index=0)
    assert first == fresh


_ALPHABET = "aiuekndgrstmbhjlpy DJKRSabcdef.,;:()/-'\"`<>[]!?%@#*\n\t0123456789Rp🎉é"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(alphabet=_ALPHABET, max_size=200))
@example(text="0<>%")  # a rule matched across a blanked tag
def test_any_text_gives_hints_that_point_at_their_text(checker: CopyChecker, text: str) -> None:
    lines = text.split("\n")
    for hint in checker.check_lines(lines, headline_index=0):
        line = lines[hint.line - 1]
        assert hint.column >= 1 and hint.length >= 1
        assert line[hint.column - 1 : hint.column - 1 + hint.length] == hint.text

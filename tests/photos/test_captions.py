"""Batch templates, photographer codes and find/replace (pure Python)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.errors import UserError
from meja_redaksi.photos.captions import (
    ApplyMode,
    CaptionTemplate,
    PhotographerCodes,
    TemplateField,
    apply_template,
    default_credit,
    find_replace,
    load_templates,
    save_templates,
)

CODES_TSV = "# kode\tnama\nrezap\tReza Pratama\notoy\tOtoy Sutarman\n\n"


@pytest.fixture
def codes(tmp_path):
    path = tmp_path / "fotografer.tsv"
    path.write_text(CODES_TSV, encoding="utf-8")
    return PhotographerCodes.load(path)


def _photos() -> list[Photo]:
    return [
        Photo(
            original_filename="Gubernur pramono sertifikat aset rezap.jpg",
            caption="Rapat di Balai Kota.",
            date_taken=datetime(2018, 5, 2, 9, 0, tzinfo=UTC),
        ),
        Photo(original_filename="IMG_0002 otoy.jpg", caption="", keywords=["lama"]),
    ]


def test_default_credit():
    assert default_credit(" Mustaqim   Amna ") == "Foto: Mustaqim Amna"
    assert default_credit("") == ""


def test_codes_load_expand_and_find_in_file_names(codes):
    assert len(codes) == 2
    assert (
        codes.expand("Foto: =rezap= dan =OTOY=, =siapa=")
        == "Foto: Reza Pratama dan Otoy Sutarman, =siapa="
    )
    assert codes.from_filename("Gubernur pramono sertifikat aset rezap.jpg") == "Reza Pratama"
    assert codes.from_filename("Banjir di Kemang.jpg") is None


def test_codes_file_with_a_bad_line_is_refused(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("rezap\tReza\nonlycode\n", encoding="utf-8")
    with pytest.raises(UserError, match="line 2"):
        PhotographerCodes.load(bad)


def test_template_fills_variables_per_photo_and_keeps_inputs(codes):
    photos = _photos()
    template = CaptionTemplate(
        "Balai Kota",
        {
            "title": TemplateField("{filename} #{seq}", apply=True),
            "caption": TemplateField(
                "{date}. Foto oleh {photographer}.", apply=True, mode=ApplyMode.APPEND
            ),
            "photographer": TemplateField("{photographer}", apply=True),
            "city": TemplateField("Jakarta", apply=False),
            "keywords": TemplateField("pemprov, balai kota", apply=True, mode=ApplyMode.APPEND),
        },
    )
    first, second = apply_template(photos, template, first_seq=7, codes=codes)
    assert first.title == "Gubernur pramono sertifikat aset rezap #7"
    assert first.caption == "Rapat di Balai Kota.\n\nRabu, 02 Mei 2018. Foto oleh Reza Pratama."
    assert first.photographer == "Reza Pratama"
    assert first.credit == "Foto: Reza Pratama"
    assert first.city == ""
    assert second.title == "IMG_0002 otoy #8"
    assert second.caption.endswith("Foto oleh Otoy Sutarman.")
    assert second.keywords == ["lama", "pemprov", "balai kota"]
    assert photos[0].title == "" and photos[1].keywords == ["lama"]


def test_template_replace_mode_and_codes_in_text(codes):
    template = CaptionTemplate(
        "kredit", {"credit": TemplateField("Foto: =otoy=", apply=True, mode=ApplyMode.REPLACE)}
    )
    (photo,) = apply_template([Photo(credit="Foto: lama")], template, codes=codes)
    assert photo.credit == "Foto: Otoy Sutarman"


def test_template_needs_name_and_known_fields():
    with pytest.raises(UserError):
        CaptionTemplate("  ")
    with pytest.raises(UserError, match="headline"):
        CaptionTemplate("x", {"headline": TemplateField("a", apply=True)})


def test_templates_round_trip_through_a_file(tmp_path):
    templates = [
        CaptionTemplate(
            "A", {"caption": TemplateField("Jakarta — {date}", True, ApplyMode.APPEND)}
        ),
        CaptionTemplate("B"),
    ]
    path = tmp_path / "templates.json"
    save_templates(templates, path)
    assert load_templates(path) == templates
    assert load_templates(tmp_path / "none.json") == []
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match=r"templates\.json"):
        load_templates(path)


def test_find_replace_across_selected_captions():
    photos = [
        Photo(caption="Gubernur DKI di Balai kota", title="Balai Kota"),
        Photo(caption="balai KOTA lagi, balai kota", keywords=["balai kota"]),
        Photo(caption="tidak ada"),
    ]
    changed, count = find_replace(
        photos, "balai kota", "Balai Kota", fields=["caption", "keywords"]
    )
    assert count == 4
    assert [p.caption for p in changed] == [
        "Gubernur DKI di Balai Kota",
        "Balai Kota lagi, Balai Kota",
        "tidak ada",
    ]
    assert changed[1].keywords == ["Balai Kota"]
    assert changed[2] is photos[2]
    _, exact = find_replace(photos, "balai kota", "X", case_sensitive=True)
    assert exact == 1


def test_find_replace_refuses_empty_search_and_unknown_field():
    with pytest.raises(UserError):
        find_replace([Photo()], "", "x")
    with pytest.raises(UserError):
        find_replace([Photo()], "a", "b", fields=["id"])


def test_replacement_text_is_literal():
    (photo,), count = find_replace([Photo(caption="a.b a.b")], "a.b", r"\1 $0")
    assert (photo.caption, count) == (r"\1 $0 \1 $0", 2)

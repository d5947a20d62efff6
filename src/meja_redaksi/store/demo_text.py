"""Indonesian-like newsroom text for the demo store: names, headlines, leads, bodies and tags.

Plain Python and deterministic: the same ``random.Random`` seed gives the same text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import datetime

from meja_redaksi.domain.dates import format_dateline

DESKS: tuple[tuple[str, str], ...] = (
    ("Pemerintahan", "pemerintahan"),
    ("Ekonomi", "ekonomi"),
    ("Kesehatan", "kesehatan"),
    ("Pendidikan", "pendidikan"),
    ("Transportasi", "transportasi"),
    ("Lingkungan Hidup", "lingkungan-hidup"),
    ("Budaya & Pariwisata", "budaya-pariwisata"),
    ("Olahraga", "olahraga"),
    ("Sosial", "sosial"),
    ("Ketertiban Umum", "ketertiban-umum"),
)
FIRST_NAMES = (
    "Reza",
    "Mustaqim",
    "Toni",
    "Dewi",
    "Siti",
    "Budi",
    "Agus",
    "Rina",
    "Yusuf",
    "Fajar",
    "Intan",
    "Hendra",
    "Wulan",
    "Rizky",
    "Nur",
    "Putri",
    "Andi",
    "Bayu",
    "Citra",
    "Dimas",
    "Eka",
    "Fitri",
    "Gilang",
    "Hana",
    "Irfan",
    "Joko",
    "Kartika",
    "Lestari",
    "Maya",
    "Nanda",
    "Oki",
    "Prasetyo",
    "Ratna",
    "Sari",
    "Taufik",
    "Umar",
    "Vina",
    "Wahyu",
    "Yanti",
    "Zulkifli",
)
LAST_NAMES = (
    "Pahlevi",
    "Amna",
    "Riyanto",
    "Lestari",
    "Nurhaliza",
    "Santoso",
    "Wibowo",
    "Kurniawan",
    "Hidayat",
    "Saputra",
    "Permata",
    "Gunawan",
    "Rahayu",
    "Ramadhan",
    "Aini",
    "Maharani",
    "Siregar",
    "Nugroho",
    "Hutapea",
    "Setiawan",
    "Pratama",
    "Utami",
    "Harahap",
    "Situmorang",
    "Wijaya",
    "Anggraini",
    "Purnomo",
    "Syahputra",
    "Simanjuntak",
    "Fauzi",
)
PLACES = (
    "Balai Kota",
    "Jakarta Pusat",
    "Jakarta Utara",
    "Jakarta Barat",
    "Jakarta Selatan",
    "Jakarta Timur",
    "Kepulauan Seribu",
    "Cempaka Putih",
    "Tanjung Priok",
    "Kebayoran Baru",
    "Cakung",
    "Kalideres",
    "Pasar Minggu",
    "Tanah Abang",
    "Kemayoran",
    "Sunda Kelapa",
    "Monas",
    "Kota Tua",
    "Ancol",
    "Pulogadung",
)
SUBJECTS = (
    "Gubernur DKI",
    "Wakil Gubernur",
    "Pemprov DKI",
    "Sekda DKI",
    "Wali Kota Jakarta Selatan",
    "Wali Kota Jakarta Timur",
    "Bupati Kepulauan Seribu",
    "DPRD DKI",
    "Camat Cakung",
    "Lurah Kemayoran",
    "Kepala Dinas",
    "Warga",
    "Petugas PPSU",
    "Satpol PP",
)
VERBS = (
    "meresmikan",
    "meninjau",
    "membahas",
    "mendorong",
    "menargetkan",
    "menyiapkan",
    "memantau",
    "mengevaluasi",
    "menertibkan",
    "memperkuat",
    "meluncurkan",
    "menggelar",
    "mempercepat",
)
DESK_OBJECTS: dict[str, tuple[str, ...]] = {
    "pemerintahan": (
        "pelayanan terpadu satu pintu",
        "kerja sama sister city",
        "reformasi birokrasi",
        "rapat pimpinan",
        "anggaran daerah",
        "pelantikan pejabat",
    ),
    "ekonomi": (
        "pasar rakyat",
        "UMKM binaan",
        "harga bahan pokok",
        "bazar murah",
        "investasi daerah",
        "program kewirausahaan",
    ),
    "kesehatan": (
        "layanan puskesmas",
        "vaksinasi anak",
        "posyandu",
        "pencegahan demam berdarah",
        "rumah sakit daerah",
        "gizi balita",
    ),
    "pendidikan": (
        "Kartu Jakarta Pintar",
        "sekolah negeri",
        "penerimaan peserta didik",
        "perpustakaan keliling",
        "beasiswa mahasiswa",
        "pelatihan guru",
    ),
    "transportasi": (
        "integrasi angkutan umum",
        "jalur sepeda",
        "halte bus",
        "jalan layang",
        "MRT fase dua",
        "uji emisi kendaraan",
    ),
    "lingkungan-hidup": (
        "normalisasi sungai",
        "ruang terbuka hijau",
        "pengelolaan sampah",
        "penanaman pohon",
        "kualitas udara",
        "bank sampah",
    ),
    "budaya-pariwisata": (
        "festival budaya Betawi",
        "wisata Kota Tua",
        "ondel-ondel",
        "museum",
        "pentas seni",
        "kampung wisata",
    ),
    "olahraga": (
        "turnamen sepak bola antarkampung",
        "lari pagi bersama",
        "gelanggang remaja",
        "atlet berprestasi",
        "stadion",
        "senam massal",
    ),
    "sosial": (
        "bantuan sosial",
        "rumah susun",
        "panti sosial",
        "santunan yatim",
        "bedah rumah",
        "lansia terlantar",
    ),
    "ketertiban-umum": (
        "penertiban reklame",
        "patroli malam",
        "pedagang kaki lima",
        "bangunan liar",
        "razia masker",
        "parkir liar",
    ),
}
DESK_TAGS: dict[str, tuple[str, ...]] = {
    slug: (*(o[:1].upper() + o[1:] for o in objects), "Jakarta", "Pemprov DKI")
    for slug, objects in DESK_OBJECTS.items()
}
HEADLINE_TEMPLATES = (
    "{subject} {verb} {object} di {place}",
    "{subject} Ingin {object_cap} Diperkuat",
    "{object_cap} di {place} Segera Dibenahi",
    "Warga {place} Sambut Baik {object_cap}",
    "{subject} Pastikan {object_cap} Berjalan Lancar",
    "Ratusan Warga Ikuti {object_cap} di {place}",
)
SENTENCES = (
    "{subject} {verb} {object} di {place} {dateline}.",
    "Menurutnya, {object} menjadi perhatian utama pemerintah daerah tahun ini.",
    "Kegiatan tersebut melibatkan {count} warga dan petugas dari berbagai instansi.",
    '"Kita ingin ada langkah konkret untuk {object}," ujar {person}.',
    "Ia menambahkan, pihaknya akan terus berkoordinasi dengan wilayah dan masyarakat.",
    "Sebelumnya, {subject} telah {verb} {object} di sejumlah titik di {place}.",
    "Program ini ditargetkan rampung dalam {count} hari ke depan.",
    '"Kami berharap warga ikut menjaga hasilnya bersama-sama," tandasnya.',
    "Anggaran untuk {object} berasal dari APBD DKI Jakarta.",
)


_WORDS = re.compile(r"[\w'’-]+")
PARAGRAPHS_PER_DESK = 400
LEADS_PER_DESK = 1000


def generated_word_count(text: str) -> int:
    """Words of generated text (no Markdown in it, so this equals ``count_words``, only faster)."""
    return len(_WORDS.findall(text))


class _Fields(dict[str, object]):
    """Template fields drawn only when a template uses them."""

    def __init__(
        self, rng: random.Random, desk_slug: str, when: datetime | None, person: str
    ) -> None:
        super().__init__()
        self.rng = rng
        self.desk_slug = desk_slug
        self.when = when
        self.person = person

    def __missing__(self, key: str) -> object:
        choice = self.rng.choice
        if key == "object_cap":
            obj = str(self["object"])
            return obj[:1].upper() + obj[1:]
        makers: dict[str, Callable[[], object]] = {
            "subject": lambda: choice(SUBJECTS),
            "verb": lambda: choice(VERBS),
            "object": lambda: choice(DESK_OBJECTS[self.desk_slug]),
            "place": lambda: choice(PLACES),
            "dateline": lambda: format_dateline(self.when) if self.when else "",
            "count": lambda: self.rng.randint(12, 900),
            "person": lambda: self.person,
        }
        value = makers[key]()
        self[key] = value
        return value


class DemoText:
    """Deterministic generator of newsroom text from word lists and sentence templates.

    Bodies are drawn from a pool of generated paragraphs per desk, so 100,000 articles stay quick to
    build; headlines, leads and tags are drawn per article.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._pools: dict[str, list[tuple[str, int]]] = {}
        self._lead_pools: dict[str, list[tuple[str, int]]] = {}

    def person_name(self) -> str:
        """An Indonesian full name."""
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def _fill(self, template: str, desk_slug: str, when: datetime | None, person: str) -> str:
        return template.format_map(_Fields(self.rng, desk_slug, when, person))

    def headline(self, desk_slug: str) -> str:
        """A headline in the portal's style (capital first letter)."""
        text = self._fill(self.rng.choice(HEADLINE_TEMPLATES), desk_slug, None, "")
        return text[:1].upper() + text[1:]

    def lead(self, desk_slug: str, when: datetime) -> str:
        """A one-sentence lead with a dateline."""
        return self._fill(SENTENCES[0], desk_slug, when, "")

    def pooled_lead(self, desk_slug: str) -> tuple[str, int]:
        """A lead drawn from a pool (fast for big stores), and its word count."""
        pool = self._lead_pools.get(desk_slug)
        if pool is None:
            leads = [self._fill(SENTENCES[0], desk_slug, None, "") for _ in range(LEADS_PER_DESK)]
            pool = [(lead.replace(" .", "."), generated_word_count(lead)) for lead in leads]
            self._lead_pools[desk_slug] = pool
        return self.rng.choice(pool)

    def _pool(self, desk_slug: str) -> list[tuple[str, int]]:
        pool = self._pools.get(desk_slug)
        if pool is None:
            pool = []
            for _ in range(PARAGRAPHS_PER_DESK):
                speaker = self.person_name()
                sentences = [
                    self._fill(self.rng.choice(SENTENCES[1:]), desk_slug, None, speaker)
                    for _ in range(self.rng.randint(2, 3))
                ]
                paragraph = " ".join(sentences)
                pool.append((paragraph, generated_word_count(paragraph)))
            self._pools[desk_slug] = pool
        return pool

    def body(self, desk_slug: str) -> tuple[str, int]:
        """A Markdown body of three to five paragraphs, and its word count."""
        chosen = self.rng.sample(self._pool(desk_slug), self.rng.randint(3, 5))
        return "\n\n".join(p for p, _ in chosen), sum(n for _, n in chosen)

    def tags(self, desk_slug: str) -> list[str]:
        """One to four tags of the desk."""
        pool = DESK_TAGS[desk_slug]
        return self.rng.sample(pool, self.rng.randint(1, min(4, len(pool))))

    def photo_title(self, desk_slug: str) -> str:
        """A photo title in the portal's style."""
        text = self._fill("{subject} {verb} {object} di {place}", desk_slug, None, "")
        return text[:1].upper() + text[1:]

    def caption(self, desk_slug: str, when: datetime) -> str:
        """A photo caption: who, what, where, when."""
        return self._fill(SENTENCES[0], desk_slug, when, "")

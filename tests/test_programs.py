"""Programme names (extract/components/programs.py): found by cue words, CSR brands and place-headed names;
descriptions, schemes, organisations and real places are not names. Texts written by the team."""
from __future__ import annotations

import pytest

from extract import extract_articles
from extract.article import Article
from extract.components.language import make_language
from extract.components.programs import ProgramFinder  # noqa: F401  (registers warta_programs)
from extract.components.values import Mention


@pytest.fixture(scope="module")
def finder_nlp():
    nlp = make_language()
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("warta_programs")
    return nlp


def names(nlp, text: str) -> dict[str, set[str]]:
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for p in doc._.program_mentions:
        out.setdefault(p.name, set()).update(p.aliases)
    return out


POSITIVES = [
    ("PT Pertamina (Persero) melalui program Desa Energi Berdikari (DEB) memasang panel surya di Desa Bagendang, "
     "Kabupaten Kotawaringin Timur.", "Desa Energi Berdikari (DEB)", {"DEB", "Desa Energi Berdikari"}),
    ("PT Hutama Karya menyalurkan bantuan melalui program TJSL HK Peduli Kreatif kepada 30 perajin tapis di Lampung.",
     "HK Peduli Kreatif", set()),
    ("BNI membuka Kampoeng BNI Tenun di Sawahlunto, Sumatera Barat, Kamis (3/10).", "Kampoeng BNI Tenun", set()),
    ("Pelindo Beramal menyerahkan santunan kepada 115 anak yatim di Kota Makassar.", "Pelindo Beramal", set()),
    ("Warga RW 05 Kelurahan Tegalrejo menjadikan kampungnya Kampung Iklim dengan menanam 500 pohon.",
     "Kampung Iklim", set()),
    ("Danone Indonesia menggelar program “sekolah sehat ceria” di 12 SD di Kabupaten Klaten.",
     "sekolah sehat ceria", set()),
    ("Bank Indonesia menyalurkan Program Sosial Bank Indonesia (PSBI) kepada nelayan di Ternate, Maluku Utara.",
     "Program Sosial Bank Indonesia (PSBI)", {"PSBI"}),
    ("Sebanyak 25 ibu rumah tangga mengikuti pelatihan lewat Program Kujang Integrated Urban Farming (Kurfa). "
     "Melalui program Kurfa, peserta belajar menanam jahe merah.", "Kujang Integrated Urban Farming (Kurfa)",
     {"Kurfa", "Kujang Integrated Urban Farming"}),
    ("Pegawai PLN UP3 Batam menggelar aksi SIGAP “Sigap Ikut Gotong-royong Atasi Pencemaran” di Sungai Baloi.",
     "SIGAP", set()),
    ("Jamkrindo menyalurkan 500 paket sembako dalam rangkaian Program Jamkrindo peduli Covid-19 di Kota Bekasi.",
     "Jamkrindo peduli Covid-19", set()),
    # a gazetteer row of kind csr_programme is the programme's name, not its owner (rules/programs.toml programme_kinds)
    ("BCA mendukung pelestarian wayang kulit melalui program Bakti BCA di Kota Surakarta, Jawa Tengah.",
     "Bakti BCA", set()),
    # the owner's known name followed by a word of the programme's own: a brand, not the owner
    ("Perajin tenun di Kabupaten Sikka mendapat pendampingan ekspor lewat program BNI Xpora sejak Maret 2024.",
     "BNI Xpora", set()),
    ("Gerobak dan tenda diserahkan melalui program TJSL HK Peduli UMKM kepada pedagang di Kota Metro, Lampung.",
     "HK Peduli UMKM", set()),
    # "mengusung nama", "diberi nama": the name the programme carries
    ("Program yang mengusung nama Sekolah Hijau Lestari itu melibatkan 12 sekolah di Kabupaten Sidoarjo.",
     "Sekolah Hijau Lestari", set()),
]


@pytest.mark.parametrize("text, name, aliases", POSITIVES, ids=[p[1] for p in POSITIVES])
def test_programme_names_are_found(finder_nlp, text, name, aliases):
    found = names(finder_nlp, text)
    forms = next((forms | {n} for n, forms in found.items() if name == n or name in forms), None)
    assert forms is not None, found
    assert aliases <= forms


NEGATIVES = [
    "Bank Mandiri menyalurkan program CSR kepada warga Desa Sukamaju, Kabupaten Bogor.",  # a description
    "Dana disalurkan melalui Program Kemitraan dan Bina Lingkungan (PKBL) PT Semen Gresik.",  # a scheme label
    "Penerima KUR di Kabupaten Brebes bertambah 1.200 orang tahun ini.",  # a national scheme in passing
    "Warga Kampung Baru, Kecamatan Medan Maimun, menerima 200 paket sembako.",  # a real place
    "Yayasan Senyum Untuk Negeri membagikan buku tulis kepada siswa SD di Lombok Timur.",  # an organisation
    "Bupati meninjau program sosial Tangguh LNG di Teluk Bintuni, Papua Barat.",  # the owner, not a name
    "Perusahaan menggelar program pemberdayaan masyarakat di Kecamatan Kerek, Selasa (18/11/2025).",  # description
    "Rangkaian HUT ke-50 Bank Jatim diisi program Festival Reog Ponorogo.",  # an event
    "Dana disalurkan lewat program CSR Bank Sumut Cabang Medan kepada 40 pedagang.",  # the owner and its unit
    "Bantuan itu bagian dari program Kemitraan PTPN II di Kabupaten Deli Serdang.",  # the owner (a Roman numeral)
    "Program Associate Bakti Lingkungan Nusantara, Rina Marlina, mengatakan bibit ditanam di lereng bukit.",  # a job title
    "Surat itu ditandatangani dengan nama Bupati Kudus dan dikirim ke kecamatan.",  # a title after "dengan nama"
    # a Roman numeral numbers a village, it is no acronym of a programme ("Kampung KB" is one)
    "Ia berharap bantuan juga menjangkau Desa Tanjung Agung I dan Desa Lembak III di Kabupaten Muara Enim.",
    "Bibit dibagikan kepada petani Desa Sungai Rambut II, Kecamatan Berbak.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_descriptions_places_and_organisations_are_not_programmes(finder_nlp, text):
    assert names(finder_nlp, text) == {}


def test_two_programmes_under_one_umbrella_acronym_stay_two(finder_nlp):
    text = ("Sentra Industri Bukit Asam (SIBA) Tenun Muara Enim melatih 20 penenun.\n"
            "Sentra Industri Bukit Asam (SIBA) Kopi Semendo membina 35 petani kopi. Program SIBA Kopi Semendo "
            "juga membuka gerai di Palembang.")
    found = names(finder_nlp, text)
    assert len(found) == 2, found
    assert not any("SIBA" in forms for forms in found.values()), "the umbrella alone is neither programme"


def test_every_mention_is_a_span_for_places_and_organisations(finder_nlp):
    """The contract with warta_locations and warta_organizations: doc._.programs holds a Span per
    mention, acronym mentions included, so candidates inside them can be dropped."""
    text = ("BNI meresmikan kampoeng BNI (KBNI) di Desa Pandai Sikek. Melalui KBNI, 40 penenun mendapat "
            "pendampingan. Kampoeng BNI kini ada di empat provinsi.")
    doc = finder_nlp(text)
    spans = [(s.text, s.label_) for s in doc._.programs]
    assert ("KBNI", "PROGRAM") in spans
    assert sum(1 for t, _ in spans if t.lower() == "kampoeng bni") >= 2
    assert all(s.kb_id_ for s in doc._.programs)
    assert not any("Pandai" in s.text for s in doc._.programs)


def test_pipeline_runs_programmes_before_organisations_and_places():
    from extract import build_nlp

    names_ = build_nlp(ner=False).pipe_names
    assert names_.index("warta_programs") < names_.index("warta_organizations")
    assert names_.index("warta_programs") < names_.index("warta_locations")


def test_record_values_carry_name_aliases_and_evidence():
    text = ("SEMARANG – PT Semen Gresik melalui program Forum Masyarakat Madani (FMM) membangun embung di Desa "
            "Tegaldowo, Kabupaten Rembang. Program FMM tahun ini juga melatih 40 petani.")
    [rec] = list(extract_articles([Article("t1", text)]))
    [value] = rec.programs
    assert value["name"] == "Forum Masyarakat Madani (FMM)"
    assert "FMM" in value["aliases"]
    assert len(value["evidence"]) >= 2
    for ev in value["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]
        assert ev["text"] in ev["sentence"]


def test_program_mention_is_a_value_with_evidence():
    from extract.components.programs import Program

    p = Program("KBNI", 3, 7, 0.8, name="Kampoeng BNI", entity="kampoeng bni", aliases=("KBNI",), cue="place_head")
    assert isinstance(p, Mention)
    assert p.payload() == {"name": "Kampoeng BNI", "aliases": ["KBNI"], "cue": "place_head"}


@pytest.mark.parametrize("text", ["A’" * 50_000, "Bakti-" * 20_000, "Kampung Kreatif " * 10_000])
def test_brand_pattern_reads_a_long_capitalised_run_in_linear_time(finder_nlp, text):
    """Found by bench/redos.py: the brand pattern tried again from every letter of a long run of capitalised
    words glued by apostrophes (50 s on 100 KB). Bound far above linear time."""
    import time

    finder = finder_nlp.get_pipe("warta_programs")
    started = time.monotonic()
    assert list(finder.brand.finditer(text)) == []
    assert time.monotonic() - started < 3


# ---- classes from the blind prg_ batch (docs/programs.md, "Blind estimate"); texts written by the team

LOWER_NAMED = [  # a lower-case name after a cue, closed by its short name in parentheses
    ("Pertamina Hulu Rokan bersama Pemkab Siak menjalankan gerakan ekonomi rakyat Siak (Gerak Siak) untuk 75 "
     "usaha rumahan. Peserta Gerak Siak dilatih mengemas produk.", "gerakan ekonomi rakyat Siak (Gerak Siak)",
     {"Gerak Siak", "gerakan ekonomi rakyat Siak"}),
    ("Bank Kalteng memberikan dana untuk gerakan peduli pangan warga (Garda Pangan) sebesar Rp15 juta.",
     "gerakan peduli pangan warga (Garda Pangan)", {"Garda Pangan"}),
    ("BPD Bali menggelar program pelestarian seni tabuh anak Bali (Pesta Bali) di Desa Peliatan, Gianyar.",
     "pelestarian seni tabuh anak Bali (Pesta Bali)", {"Pesta Bali"}),
    ("Bank Jateng meluncurkan program literasi keuangan anak sekolah (LKAS) di 20 SD di Kabupaten Kudus.",
     "literasi keuangan anak sekolah (LKAS)", {"LKAS"}),
]
LOWER_NAMED_NOT = [
    # a description whose parenthesis is a scheme label, an organisation or a place: no name
    "Dana disalurkan melalui program pemberdayaan masyarakat (PM) kepada 40 pedagang di Kota Jambi.",
    "Perusahaan menyalurkan program bantuan modal (Bank Sumsel Babel) kepada pedagang di Palembang.",
    "Warga mengikuti program pelatihan menjahit (Kecamatan Girian) selama dua pekan.",
    "Program ini bagian dari gerakan menanam pohon (GMP) yang dicanangkan pemerintah daerah.",  # initials GMP do not spell it
]


@pytest.mark.parametrize("text, name, aliases", LOWER_NAMED, ids=[p[1] for p in LOWER_NAMED])
def test_lower_case_name_with_its_short_name(finder_nlp, text, name, aliases):
    found = names(finder_nlp, text)
    assert name in found, found
    assert aliases <= found[name]


@pytest.mark.parametrize("text", LOWER_NAMED_NOT)
def test_lower_case_description_with_a_parenthesis_is_no_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


ACTIVITY_DESCRIPTORS = [  # "program <kind of activity> Name"
    ("PT Freeport Indonesia memberangkatkan 50 pelajar lewat program beasiswa Papua Future Leaders.",
     "Papua Future Leaders"),
    ("Bank Sumut menjalankan program pelatihan Sahabat Nelayan Sibolga bagi 40 nelayan di Tapanuli Tengah.",
     "Sahabat Nelayan Sibolga"),
]
ACTIVITY_DESCRIPTORS_NOT = [
    "Peserta mengikuti program pelatihan Dinas Koperasi Kota Medan selama tiga hari.",  # an organisation
    "Mahasiswa menerima program beasiswa di Universitas Sam Ratulangi, Manado.",  # a breaker, then a place
    "Program beasiswa Pemerintah Provinsi Jambi dibuka hingga Juni.",  # the owner
]


@pytest.mark.parametrize("text, name", ACTIVITY_DESCRIPTORS)
def test_activity_word_between_program_and_name(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text", ACTIVITY_DESCRIPTORS_NOT)
def test_activity_word_then_organisation_is_no_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


def test_two_place_headed_names_joined_by_dan_stay_two(finder_nlp):
    text = ("Astra Kembangkan Desa Sejahtera Astra dan Kampung Berseri Astra di Balikpapan\n"
            "Astra meresmikan Desa Sejahtera Astra (DSA) Teritip dan Kampung Berseri Astra (KBA) Manggar.")
    found = names(finder_nlp, text)
    assert not any(" dan " in n for n in found), found
    assert any("Desa Sejahtera Astra" in n for n in found) and any("Kampung Berseri Astra" in n for n in found)


BRAND_INSIDE_NAME = [  # a brand suffix followed by more capitalised words stands inside a longer name
    "Sinar Mas melatih 60 anggota Masyarakat Peduli Api (MPA) dari enam desa di Tanjung Jabung Barat.",
    "Pelatihan diselenggarakan bersama Pemuda Peduli Lore Lindu (PPLL) di Kabupaten Sigi.",
    "Sejumlah BUMN yang tergabung dalam BUMN Peduli menyalurkan bantuan bagi korban banjir.",  # no bare "Peduli"
]


@pytest.mark.parametrize("text", BRAND_INSIDE_NAME)
def test_brand_suffix_inside_a_longer_name_is_no_brand(finder_nlp, text):
    found = names(finder_nlp, text)
    assert not any(n.split()[-1] == "Peduli" or n == "Peduli" for n in found), found


def test_brand_suffix_ending_the_name_is_still_a_brand(finder_nlp):
    found = names(finder_nlp, "Bantuan itu bagian dari program Bank Sulteng Peduli. Semen Padang Berbagi "
                              "menyantuni 1.000 anak yatim, Jumat (7/3/2025).")
    assert {"Bank Sulteng Peduli", "Semen Padang Berbagi"} <= set(found), found


def test_headline_preposition_ends_a_place_headed_name(finder_nlp):
    found = names(finder_nlp, "PLN Dukung Desa Surya Bahoi Lewat Listrik Tenaga Surya\nWarga Desa Bahoi menerima panel.")
    assert "Desa Surya Bahoi" in found, found


# lower-case connectors inside a name (rules/programs.toml connectors): English and regional words between
# capitalised words keep the name whole; followed by a lower-case word they end it
CONNECTED = [
    ("PT Vale Indonesia Tbk membangun toilet sekolah lewat program WASH in School di Kabupaten Luwu Timur.",
     "WASH in School"),
    ("PT Unilever Indonesia Tbk menggelar program Clean on Campus bersama mahasiswa di Kota Depok.",
     "Clean on Campus"),
    ("PT Pupuk Kujang melatih pelajar menari jaipong lewat program Kujang Nyaah ka Budaya di Kabupaten Karawang.",
     "Kujang Nyaah ka Budaya"),
    ("Bank Jateng menyalurkan bantuan melalui program Guyub Rukun lan Sehat di Kabupaten Klaten.",
     "Guyub Rukun lan Sehat"),
]


@pytest.mark.parametrize("text, name", CONNECTED, ids=[c[1] for c in CONNECTED])
def test_english_and_regional_connectors_keep_a_name_whole(finder_nlp, text, name):
    assert name in names(finder_nlp, text), names(finder_nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Perusahaan menggelar program Sekolah Alam Hijau in house training bagi guru di Kota Bandung.", "Sekolah Alam Hijau"),
    ("Warga mengikuti program Kampung Sehat ka desa tetangga di Kabupaten Garut.", "Kampung Sehat"),
])
def test_a_connector_before_a_lower_case_word_ends_the_name(finder_nlp, text, name):
    found = names(finder_nlp, text)
    assert name in found, found
    assert not any(n.startswith(name + " ") for n in found), found


BRAND_OBJECTS = [  # "peduli"/"berbagi" take what is cared for as their object: the noun belongs to the name
    ("Renovasi kelas itu dibiayai melalui program Bank Jambi Peduli Pendidikan, Selasa (5/8/2025).",
     "Bank Jambi Peduli Pendidikan"),
    ("Bantuan dapur umum disalurkan lewat Bank Kalsel Peduli Bencana bagi korban banjir di Hulu Sungai Tengah.",
     "Bank Kalsel Peduli Bencana"),
    ("Sebanyak 50 penjahit dilatih dalam Pegadaian Peduli UMKM di Kota Makassar.", "Pegadaian Peduli UMKM"),
]
BRAND_OBJECTS_NOT = [  # a capitalised word that is no such object still makes the suffix part of a longer name
    ("Sinar Mas melatih 60 anggota Masyarakat Peduli Api (MPA) di Tanjung Jabung Barat.", "Peduli Api"),
    ("Kegiatan digelar bersama Pemuda Peduli Lore Lindu (PPLL) di Kabupaten Sigi.", "Pemuda Peduli Lore"),
]


@pytest.mark.parametrize("text, name", BRAND_OBJECTS, ids=[b[1] for b in BRAND_OBJECTS])
def test_object_of_a_brand_verb_belongs_to_the_name(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text, part", BRAND_OBJECTS_NOT)
def test_other_capitalised_word_after_a_brand_verb_is_no_object(finder_nlp, text, part):
    assert not any(part in n for n in names(finder_nlp, text))


NAMED_OTHER_NOUN = [  # a naming cue names the noun before it: a group's or a business's name is no programme
    "Klaster bernama Kelompok Usaha Rendang Bundo Saiyo itu kini rutin mengirim produknya ke Kuala Lumpur.",
    "Ia membuka usaha bernama Dapoer Bunda Makassar di rumahnya sejak 2021.",
    "Kelompok tersebut diberi nama Kelompok Tani Sido Makmur Bersama oleh warga Desa Sukamaju.",
]
NAMED_PROGRAMME = [  # after a programme's own noun the name stays a programme
    ("Perusahaan menjalankan program bernama Nyala Harapan Papua di Kabupaten Jayapura.", "Nyala Harapan Papua"),
    ("Kegiatan tahunan itu diberi nama Semen Padang Berbagi dan digelar tiap Ramadan.", "Semen Padang Berbagi"),
]


@pytest.mark.parametrize("text", NAMED_OTHER_NOUN)
def test_naming_cue_after_a_group_noun_names_no_programme(finder_nlp, text):
    assert names(finder_nlp, text) == {}


@pytest.mark.parametrize("text, name", NAMED_PROGRAMME, ids=[n[1] for n in NAMED_PROGRAMME])
def test_naming_cue_after_a_programme_noun_still_names_one(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


DEFINED_LONE_WORD = [  # one word after "program" is a name when a copula defines it as a programme
    ("PT XL Axiata Tbk menggelar workshop melalui program Sisternet, Jumat (12/9). Sisternet merupakan program "
     "CSR perusahaan untuk pemberdayaan perempuan.", "Sisternet"),
    ("Bank Sultra menyalurkan bantuan lewat program Sultrapreneur. Sultrapreneur adalah program inkubasi "
     "UMKM milik bank daerah itu.", "Sultrapreneur"),
]
DEFINED_LONE_WORD_NOT = [
    # no copula defines the word and no lower-case "program" comes before it: a lone capitalised word is no name
    "Sisternet digelar PT XL Axiata Tbk di Makassar, Jumat (12/9).",
    # a short acronym defined as a programme is an organisation's or a scheme's ("PKK")
    "Ibu-ibu dilatih lewat program PKK. PKK merupakan program pemberdayaan keluarga dari pemerintah.",
]


@pytest.mark.parametrize("text, name", DEFINED_LONE_WORD, ids=[d[1] for d in DEFINED_LONE_WORD])
def test_lone_word_defined_by_a_copula_is_a_name(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text", DEFINED_LONE_WORD_NOT)
def test_lone_word_without_definition_is_no_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


# ---- fourth round: blind batch prg_033-044 (docs/unseen_prg_r2.md) ----

def _names_and_forms(nlp, text):
    got = names(nlp, text)
    return {n for n in got} | {a for al in got.values() for a in al}


RELATED_LINES = [
    # a related-story headline names no programme of this article (national schemes, headline words)
    ("bank bjb melatih perangkat desa di Cianjur.\n\nBaca juga: Program Makan Bergizi Gratis Mulai Menyasar 300 "
     "Sekolah di Cianjur\n\nEditor: Yudha", set()),
    ("Bank Nagari menyantuni anak yatim di Padang.\n\nBaca juga: Pemprov Sumbar Perluas Program Sumbar Sejahtera "
     "untuk Warga Miskin Ekstrem\n", set()),
    ("BACA JUGA: Lewat Program Kampung Hijau Lestari, Warga Bantul Tanam 1.000 Pohon\n", set()),
]


@pytest.mark.parametrize("text,expected", RELATED_LINES)
def test_related_story_lines_find_no_programme(finder_nlp, text, expected):
    assert set(names(finder_nlp, text)) == expected


def test_a_programme_found_in_the_body_is_still_mentioned_in_a_related_line(finder_nlp):
    text = ("Pertamina membangun biogas melalui program Desa Energi Berdikari di Banyumas.\n\n"
            "Baca juga: Desa Energi Berdikari Hidupkan Ekonomi Warga Cilacap\n")
    doc = finder_nlp(text)
    assert {p.name for p in doc._.program_mentions} == {"Desa Energi Berdikari"}
    assert len(doc._.program_mentions) == 2


@pytest.mark.parametrize("text,name", [
    ("\"Kami menyebutnya 'Laut Sejahtera Oesapa', karena hasil laut bisa menyejahterakan nelayan,\" ujarnya.",
     "Laut Sejahtera Oesapa"),
    ("Pendampingan itu dinamakan “Sekolah Pesisir Cerdas” oleh warga Kelurahan Lasiana, Kota Kupang.",
     "Sekolah Pesisir Cerdas"),
    ("Gerakan menanam mangrove itu kemudian dijuluki \"Benteng Hijau Bontang\" oleh nelayan setempat.",
     "Benteng Hijau Bontang"),
])
def test_naming_verb_before_a_quoted_name(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text", [
    "Warga menyebutnya \"rumah kedua\" karena sering berkumpul di balai desa Oesapa.",  # lower case: a phrase
    "Kegiatan itu disebut 'sangat membantu' oleh Kepala Desa Matano.",
    "Ia menyebut nelayan di Kupang kini lebih sejahtera.",  # no quotes: no name
])
def test_naming_verb_before_a_phrase_is_no_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


@pytest.mark.parametrize("text,name,short", [
    ("bank bjb mendampingi 12 desa di Cianjur melalui program Desa Digital bjb sejak September 2025.",
     "Desa Digital bjb", "Desa Digital"),
    ("Bantuan disalurkan melalui program Jumat Berkah Bank Nagari yang digelar setiap bulan di Kota Padang.",
     "Jumat Berkah Bank Nagari", "Jumat Berkah"),
    ("Santunan diberikan melalui program Berkah Ramadan Bank Aceh kepada 300 anak yatim di Banda Aceh.",
     "Berkah Ramadan Bank Aceh", "Berkah Ramadan"),
    ("Bank Sumut menyalurkan beasiswa melalui program Beasiswa Cerdas Bank Sumut di Kabupaten Tapanuli Utara.",
     "Beasiswa Cerdas Bank Sumut", "Beasiswa Cerdas"),
])
def test_owner_name_closing_a_programme_name(finder_nlp, text, name, short):
    got = names(finder_nlp, text)
    assert name in got and short in got[name]


@pytest.mark.parametrize("text,name", [
    # a unit of the owner, or a lower-case common word, does not close the name
    ("Bantuan disalurkan melalui program Jumat Berkah Bank Nagari Cabang Painan kepada panti asuhan.", "Jumat Berkah"),
    ("Pelatihan digelar melalui program Desa Digital ini di Kecamatan Cugenang.", "Desa Digital"),
])
def test_owner_closing_stops_at_units_and_common_words(finder_nlp, text, name):
    assert set(names(finder_nlp, text)) == {name}


@pytest.mark.parametrize("text,expected", [
    ("Karyawan menggelar program Jumat Berkah di Masjid Raya Baiturrahman, Banda Aceh.", {"Jumat Berkah"}),
    ("Pengajian digelar pada Jumat Sore di Kantor Cabang Bank Nagari.", set()),  # a day, no programme
    ("Penyerahan dilakukan pada program Jumat (7/11/2025) di Padang.", set()),
])
def test_day_named_giving_action(finder_nlp, text, expected):
    assert set(names(finder_nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("PT Vale Indonesia Tbk meluncurkan Green Village Initiative di tiga desa di Kecamatan Nuha.",
     {"Green Village Initiative"}),
    ("Vale Kembangkan Green Village Initiative di Luwu Timur\n\nSOROWAKO - Program itu dimulai Rabu.",
     {"Green Village Initiative"}),
    ("Komunitas Pemuda Initiative menggelar diskusi di Makassar.", set()),  # an organisation's head first
])
def test_english_head_final_programme_word(finder_nlp, text, expected):
    assert set(names(finder_nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Peluncuran dilakukan di Gedung Sentra UMKM Sorowako dan dihadiri Bupati Luwu Timur.", set()),
    ("Pelatihan digelar di Balai Desa Energi Mandiri, Kecamatan Kedungbanteng.", set()),
    ("Pertamina menghadirkan Desa Energi Berdikari di Kabupaten Banyumas.", {"Desa Energi Berdikari"}),
    ("Warga membentuk Sentra UMKM di Kecamatan Nuha.", set()),  # a generic acronym makes no programme
])
def test_building_and_generic_acronym_are_no_place_programme(finder_nlp, text, expected):
    assert set(names(finder_nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lewat Digiclass, Telkom Latih 80 Guru di Sumba Barat Daya\n\nTAMBOLAKA - Pelatihan berlangsung tiga hari.",
     {"Digiclass"}),
    ("Lewat PUMK dan Gerak Siak, Pelaku Usaha Siak Dapat Modal\n\nSIAK - Modal diserahkan Senin.", {"PUMK", "Gerak Siak"}),
    ("Lewat KUR, Petani Jagung di Dompu Tambah Modal\n\nDOMPU - Petani mengajukan kredit.", set()),  # a scheme
    ("Lewat Pelatihan, Ibu Rumah Tangga Bisa Mandiri\n\nKUPANG - Pelatihan digelar di aula.", set()),  # descriptive
    ("Lewat Pertamina, Warga Dapat Elpiji\n\nKUPANG - Warga antre.", set()),  # an organisation
    ("Melalui Koperasi, Nelayan Jual Ikan\n\nKUPANG - koperasi itu dibentuk 2020.", set()),  # lower case in body
])
def test_headline_means_names_the_programme(finder_nlp, text, expected):
    assert set(names(finder_nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("PT Bank Mandiri (Persero) Tbk kembali menggelar Wirausaha Muda Mandiri (WMM) di Makassar.",
     {"Wirausaha Muda Mandiri (WMM)"}),
    ("Dinas Koperasi Usaha Mandiri (DKUM) menggelar pelatihan.", set()),  # an organisation head first
    ("Pelatihan diikuti pengurus Bumitama Gunajaya Agro (BGA) di Kotawaringin Timur.", set()),  # no owner head
])
def test_name_closed_by_owner_and_defined_by_acronym(finder_nlp, text, expected):
    assert set(names(finder_nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("PT Petrokimia Gresik memulai program Makmur di 25 desa di Kabupaten Gresik.", {"Makmur"}),
    ("Guru mengikuti pelatihan digital melalui program Digiclass, Rabu (5/11/2025).", {"Digiclass"}),
    ("PT XL Axiata Tbk menggelar workshop melalui program Sisternet di Makassar, Jumat (12/9).", {"Sisternet"}),
    ("Bantuan disalurkan lewat program CSR-nya di Kabupaten Gresik.", set()),
    ("Kegiatan ini merupakan program Pemerintah Kabupaten Gresik.", set()),
    ("Sumur bor dibangun lewat program Pertamina di Kabupaten Kupang.", set()),  # the owner
    ("Bibit disalurkan dalam program Nasional penghijauan.", set()),
    ("Program Makmur di Gresik diikuti 1.250 petani.", set()),  # capitalised Program: not read (fit fell)
])
def test_lone_capitalised_word_after_lower_case_program(finder_nlp, text, expected):
    assert set(names(finder_nlp, text)) == expected


# "Program Studi", "Program Pascasarjana": a university's academic unit (UU 12/2012), no programme; a study trip is
# an activity and may name one (jav_002, docs/unseen_jav_s26.md)
ACADEMIC_UNITS = [
    "Dosen Program Studi Agroteknologi UNS, Dr. Retno Wulandari, turun ke lapangan bersama mahasiswa.",
    "Mahasiswa Program Pascasarjana Universitas Brawijaya ikut mendampingi kelompok.",
    "Tim dari program studi Teknik Sipil ITS merancang embung desa.",
]


@pytest.mark.parametrize("text", ACADEMIC_UNITS)
def test_academic_units_are_no_programmes(finder_nlp, text):
    assert names(finder_nlp, text) == {}


def test_a_study_trip_programme_is_still_a_name(finder_nlp):
    assert "Studi Banding UMKM" in " ".join(names(finder_nlp, "Bank BRI melalui Program Studi Banding UMKM mengajak "
                                                                  "pelaku usaha ke Bali."))


# a known organisation's whole name after "program TJSL"/"program CSR" is the programme's owner, not a brand of its
# short name ("Telkom" + "Indonesia"; gv4_005); a brand after the owner's short name stays a programme. Read through the
# whole pipeline, where the owner's brand path met it
OWNER_WHOLE_NAME = [
    ("Bantuan itu bagian dari program TJSL Telkom Indonesia untuk mendukung pembelajaran digital di Manokwari.", set()),
    ("Warga Sorowako menerima bantuan dari program CSR Vale Indonesia di Kabupaten Luwu Timur.", set()),
    ("Sebanyak 40 pelaku UMKM di Makassar mengikuti program BNI Xpora untuk menembus pasar ekspor.", {"BNI Xpora"}),
    ("Guru di Sumba Barat Daya mengikuti pelatihan dalam program TJSL Telkom Digiclass.", {"Telkom Digiclass"}),
]


@pytest.mark.parametrize("text,expected", OWNER_WHOLE_NAME)
def test_a_known_whole_name_after_a_programme_word_is_its_owner(nlp, text, expected):
    assert {p.text for p in nlp(text)._.programs} == expected


# An aim told as an action and its object is a description, also in a headline's Title Case and when the owner's
# name closes it (round s28, blind batch ps2_; the same class in ben_ and prs_ texts): no programme.
AIM_DESCRIPTIONS = [
    "PTBA Gelar Program Cegah Stunting di Muara Enim\nMUARA ENIM - PT Bukit Asam Tbk memberikan makanan tambahan.",
    "Tiga Tahun Program Cegah Stunting PHR, 1.150 Balita Terbantu\nBAGANSIAPIAPI - PT Pertamina Hulu Rokan (PHR) "
    "menyalurkan makanan tambahan.",
    "bp Tangguh Perluas Program Eliminasi Malaria di Teluk Bintuni\nBINTUNI - bp memperluas program eliminasi "
    "malaria ke sepuluh kampung.",
    "Bank Jatim menjalankan program Penanganan Gizi Buruk di Kabupaten Jember.",
    "BRI menyalurkan bantuan lewat program Pemberdayaan Masyarakat BRI di Kabupaten Garut.",
]
AIM_NAMES = [  # a word of the name's own beside the aim keeps it a name; the owner closing a real name stays
    ("PT Pertamina EP menjalankan program Gerakan Cegah Stunting di Kabupaten Langkat.", "Gerakan Cegah Stunting"),
    ("PHR melalui program PHR Peduli Stunting menyerahkan bantuan kepada 14 posyandu.", "PHR Peduli Stunting"),
    ("Bank Nagari melalui program Jumat Berkah Bank Nagari membagikan 300 paket sembako.", "Jumat Berkah Bank Nagari"),
    ("Program Sumur Kasih Alirkan Air Bersih ke 210 KK di Amarasi Barat\nOELAMASI - Warga Desa Teunbaun kini "
     "menikmati air bersih.", "Sumur Kasih"),
]


@pytest.mark.parametrize("text", AIM_DESCRIPTIONS)
def test_an_aim_told_as_action_and_object_is_no_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


@pytest.mark.parametrize("text, name", AIM_NAMES, ids=[a[1] for a in AIM_NAMES])
def test_a_word_of_its_own_beside_the_aim_keeps_the_name(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


# Round s28 leftovers (docs/programs.md, "Leftovers of s28"): a government scheme or a national goal is no
# programme name, also with its head word or a place beside it; a capitalised "Gerakan" is the name's own head word.
GOVERNMENT_SCHEMES = [
    "\"Kami minta kabupaten menggelar Gerakan Pangan Murah minimal dua kali sebulan,\" kata Kepala Dinas Ketahanan "
    "Pangan Provinsi Jambi.",
    "TPID Kota Manado menggelar Gerakan Pangan Murah (GPM) di 15 kelurahan mulai pekan depan.",
    "Dalam sambutannya, Bupati Merauke menyebut program Merauke Swasembada Pangan harus melibatkan petani lokal.",
    "Bank Kalsel mendukung program Swasembada Pangan Nasional melalui bantuan traktor kepada petani Tapin.",
]
MOVEMENT_NAMES = [  # negatives: a movement's own name keeps "Gerakan"; a place head beside the goal makes a name
    ("PT Timah melalui Gerakan Orang Tua Asuh Cegah Stunting (Genting) membantu 120 balita di Bangka Barat.",
     "Gerakan Orang Tua Asuh Cegah Stunting (Genting)"),
    ("Semen Padang menggelar Gerakan Sekolah Bersih dan Sehat di 20 sekolah dasar di Kota Padang.",
     "Gerakan Sekolah Bersih dan Sehat"),
    ("PT Pupuk Kujang menjalankan program Desa Swasembada Pangan di Kabupaten Karawang.", "Desa Swasembada Pangan"),
    ("Bank Sumut melalui gerakan Peduli Sungai Deli membersihkan bantaran sungai.", "Peduli Sungai Deli"),
]


@pytest.mark.parametrize("text", GOVERNMENT_SCHEMES)
def test_a_government_scheme_or_national_goal_is_no_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


@pytest.mark.parametrize("text, name", MOVEMENT_NAMES, ids=[a[1] for a in MOVEMENT_NAMES])
def test_a_movement_keeps_its_head_word(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


# Round s29 (blind batch pg3_, docs/unseen_pg3_s29.md): a recurring programme numbers its rounds after its name
# ("Angkatan II", "Batch 3", "Tahun 2025", "ke-13", "1446 H"); the capitalised words before the edition are the
# programme's name when the article writes them again; the edition is no part of the name.
EDITION_NAMES = [
    ("Pemuda Tarakan Ikuti Digital Farming Camp Angkatan III\nTARAKAN - Sebanyak 30 pemuda mengikuti Digital Farming "
     "Camp Angkatan III yang digelar Pertamina. Lulusan Digital Farming Camp kini mengelola kebun sendiri.",
     "Digital Farming Camp"),
    ("PLN membuka Beasiswa Terang Nusantara Tahun 2025 bagi 50 mahasiswa. Penerima Beasiswa Terang Nusantara "
     "berasal dari desa di sekitar pembangkit.", "Beasiswa Terang Nusantara"),
    ("Astra Motor menggelar Honda Safety Riding Academy ke-7 di Makassar. Honda Safety Riding Academy diikuti 200 "
     "pelajar SMA.", "Honda Safety Riding Academy"),
    ("Bank Kalbar menyalurkan santunan lewat Kalbar Berbagi Kasih Ramadan 1446 H kepada 300 anak yatim. Kalbar "
     "Berbagi Kasih Ramadan digelar di 14 kabupaten.", "Kalbar Berbagi Kasih Ramadan"),
    ("Sebanyak 40 perempuan mengikuti Women Preneur Class Batch 2 yang digagas Bank Sumut. Women Preneur Class "
     "melatih pemasaran daring.", "Women Preneur Class"),
]
EDITION_NOT_NAMES = [  # negatives: said once; a meeting, a contest, a budget, a law; a lower-case year or round
    "Bank NTT mengikuti Pameran Produk Unggulan Daerah Tahun 2025 di Kupang bersama 20 UMKM binaan.",
    "DPRD Kota Dumai membahas APBD Perubahan Tahun 2025. Menurut Ketua DPRD, APBD Perubahan Tahun 2025 naik 4 persen.",
    "Rapat Kerja Daerah ke-5 digelar di Palu. Rapat Kerja Daerah ke-5 membahas dana desa.",
    "Harga TBS Sawit Riau Periode I Desember naik. Harga TBS Sawit Riau ditetapkan Dinas Perkebunan.",
    "Bantuan itu bagian dari dana CSR Bank Papua tahun 2025 sebesar Rp 2 miliar. Dana CSR Bank Papua juga membiayai "
    "beasiswa.",
    "Sebanyak 200 peserta mengikuti Musabaqah Tilawatil Quran ke-52 di Aceh. Musabaqah Tilawatil Quran dibuka gubernur.",
    "Paket sembako dibagikan pada Bulan Suci Ramadan 1446 H. Selama Bulan Suci Ramadan warga menerima bantuan.",
]


@pytest.mark.parametrize("text, name", EDITION_NAMES, ids=[a[1] for a in EDITION_NAMES])
def test_a_name_before_its_edition_is_a_programme(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text", EDITION_NOT_NAMES)
def test_an_edition_after_an_event_a_budget_or_a_single_mention_makes_no_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


# names listed after a counted programme noun and a colon or "yakni" (s30, pg4_004, pg4_014, pg3_003); phrases
# written for the test
LISTED_NAMES = [
    ("PT Semen Padang membagi program TJSL-nya ke dalam tiga pilar: Padang Cerdas, Padang Sehat dan Padang Hijau.",
     {"Padang Cerdas", "Padang Sehat", "Padang Hijau"}),
    ("Bantuan itu meliputi dua kegiatan: Beasiswa Anak Nelayan dan Sekolah Pantai Binaan di Kecamatan Sungai Liat.",
     {"Beasiswa Anak Nelayan", "Sekolah Pantai Binaan"}),
    ("Pembangunan itu bagian dari dua program sosial perusahaan, yakni Medco Air Bersih dan Medco Terang Desa.",
     {"Medco Air Bersih", "Medco Terang Desa"}),
    ("Tahun ini perusahaan menjalankan empat subprogram, yaitu Kebun Gizi Keluarga, Dapur Sehat Posyandu, Kelas Ibu "
     "Hamil Sigap dan Rumah Pintar Balita.",
     {"Kebun Gizi Keluarga", "Dapur Sehat Posyandu", "Kelas Ibu Hamil Sigap", "Rumah Pintar Balita"}),
]
LISTED_NOT_NAMES = [  # negatives: places, schemes, single words, a count that does not match, a lower-case list
    "Bantuan disalurkan ke tiga desa: Sukamaju, Sukajadi dan Sukasari di Kabupaten Garut.",
    "Perusahaan fokus pada tiga pilar: Cerdas, Sehat dan Hijau di sekitar wilayah operasi.",
    "Pemerintah menyalurkan tiga program, yakni KUR, PKH dan BPNT kepada warga miskin.",
    "Dua program, yakni Bina Lingkungan dan Program Kemitraan, tetap berjalan tahun ini.",
    "Ada tiga kegiatan: Lomba Mewarnai Anak dan Senam Sehat Bersama di lapangan desa.",
    "Perusahaan menjalankan dua program, yakni penanaman mangrove dan pelatihan olahan kepiting.",
]


@pytest.mark.parametrize("text, expected", LISTED_NAMES, ids=[sorted(a[1])[0] for a in LISTED_NAMES])
def test_names_listed_after_a_counted_programme_noun_are_programmes(finder_nlp, text, expected):
    assert expected <= set(names(finder_nlp, text))


@pytest.mark.parametrize("text", LISTED_NOT_NAMES)
def test_a_list_of_places_schemes_single_words_or_a_wrong_count_makes_no_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


# a giver's disaster-response brand, with or without a cue (s30: ps2_008, pg4_006); phrases written for the test
DISASTER_BRANDS = [
    ("\"Ini bagian dari Bank Sumsel Babel Siaga Bencana. Tim kami langsung turun,\" kata Pemimpin Cabang Sekayu.",
     "Bank Sumsel Babel Siaga Bencana"),
    ("Bantuan untuk pengungsi di Kecamatan Palas disalurkan melalui PTPN IV Tanggap Bencana sejak Senin.",
     "PTPN IV Tanggap Bencana"),
]
DISASTER_NOT_BRANDS = [  # a volunteer corps, a government scheme, a post, a task force, a ceremony
    "Relawan Taruna Siaga Bencana membuka dapur umum bagi 600 pengungsi di Kecamatan Martapura.",
    "Kementerian Sosial membentuk Kampung Siaga Bencana di Desa Sukamaju, Kabupaten Cianjur.",
    "Posko Siaga Bencana dibuka di halaman Kantor Camat Sungai Tabuk sejak Rabu malam.",
    "Satgas Tanggap Bencana Kabupaten Agam mengevakuasi 40 warga dari Nagari Bukik Batabuah.",
    "Ratusan personel mengikuti apel siaga bencana di halaman Kantor Bupati Sleman.",
]


@pytest.mark.parametrize("text, name", DISASTER_BRANDS, ids=[a[1] for a in DISASTER_BRANDS])
def test_a_givers_disaster_response_brand_is_a_programme(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text", DISASTER_NOT_BRANDS)
def test_a_corps_a_scheme_a_post_or_a_task_force_is_no_disaster_brand(finder_nlp, text):
    assert names(finder_nlp, text) == {}


# s31 (docs/unseen_pg5_s31.md): a place, a school or a service named in English closes its name with its head word
# (pg5_009, pg5_012, pg5_014); phrases written for the test
ENGLISH_HEADS = [
    ("Warga Desa Sukorejo kini mengolah susu sapi melalui Green Dairy Village (GDV) yang dibangun perusahaan.",
     "Green Dairy Village"),
    ("Sebanyak 40 guru mengikuti kelas Digital Teacher Academy yang digelar perusahaan selama tiga bulan.",
     "Digital Teacher Academy"),
    ("PT Timah mengoperasikan Bangka Mobile Eye Clinic yang singgah di 12 desa pesisir setiap bulan.",
     "Bangka Mobile Eye Clinic"),
]
ENGLISH_NOT_HEADS = [  # one word before the head: a place's or an organisation's own name; a longer name
    "Rombongan wisatawan menginap di Ubud Village selama festival berlangsung.",
    "Tim mahasiswa Binus Academy menjuarai lomba aplikasi tingkat nasional.",
    "Turis asing memadati Nusa Dua Village Resort sepanjang libur Natal.",
]


@pytest.mark.parametrize("text, name", ENGLISH_HEADS, ids=[a[1] for a in ENGLISH_HEADS])
def test_an_english_name_closed_by_village_academy_or_clinic_is_a_programme(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text", ENGLISH_NOT_HEADS)
def test_one_word_before_village_or_academy_or_a_longer_name_makes_no_programme(finder_nlp, text):
    assert names(finder_nlp, text) == {}


# s31: a headline runs its verb's object into the name; the body writes the name alone (pg5_009)
HEADLINE_TAILS = [
    ("Vale Jadikan Sorowako Clean Lake Initiative\n\nPT Vale Indonesia memulai Clean Lake Initiative di Danau Matano.",
     "Clean Lake Initiative", "Sorowako Clean Lake Initiative"),
]
HEADLINE_WHOLE = [  # the body writes the whole headline run: it stays whole
    ("Telkom Luncurkan Bali Digital Village\n\nTelkom meluncurkan Bali Digital Village di Gianyar pekan ini.",
     "Bali Digital Village"),
]


@pytest.mark.parametrize("text, name, not_name", HEADLINE_TAILS, ids=[a[1] for a in HEADLINE_TAILS])
def test_a_headline_name_starts_where_the_body_writes_it(finder_nlp, text, name, not_name):
    found = names(finder_nlp, text)
    assert name in found and not_name not in found and not any(not_name in forms for forms in found.values())


@pytest.mark.parametrize("text, name", HEADLINE_WHOLE, ids=[a[1] for a in HEADLINE_WHOLE])
def test_a_headline_name_the_body_writes_whole_stays_whole(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


# s31: a list after an indefinite count ("beberapa pilar:", pg5_010) and a list whose items hold "dan", joined by
# "serta" (pg5_014); phrases written for the test
LISTED_MORE = [
    ("Program itu punya beberapa pilar: Bumi Sehat Anak, Bumi Pintar Desa dan Bumi Hijau Pesisir.",
     {"Bumi Sehat Anak", "Bumi Pintar Desa", "Bumi Hijau Pesisir"}),
    ("Klinik apung itu punya dua layanan utama: Harapan Ibu dan Anak serta Senyum Sehat Keluarga.",
     {"Harapan Ibu dan Anak", "Senyum Sehat Keluarga"}),
]
LISTED_MORE_NOT = [  # scheme labels, single words, villages after an indefinite count; a count still not matched
    "Perusahaan menjalankan beberapa program: Bina Lingkungan dan Program Kemitraan sejak 2010.",
    "Ada beberapa pilar: Cerdas, Sehat dan Hijau yang dijalankan perusahaan.",
    "Bencana itu melanda beberapa desa: Sukamaju, Sukajadi dan Sukasari di Kabupaten Garut.",
    "Ada dua layanan: Poli Umum Pagi, Poli Gigi Siang serta Poli Anak Sore di puskesmas itu.",
]


@pytest.mark.parametrize("text, expected", LISTED_MORE, ids=[sorted(a[1])[0] for a in LISTED_MORE])
def test_names_after_an_indefinite_count_or_joined_by_serta_are_programmes(finder_nlp, text, expected):
    assert expected <= set(names(finder_nlp, text))


@pytest.mark.parametrize("text", LISTED_MORE_NOT)
def test_schemes_single_words_villages_or_a_wrong_count_make_no_listed_name(finder_nlp, text):
    assert names(finder_nlp, text) == {}


# s31: a short quoted Title Case name the article writes again without quotes (pg5_011, pg5_013); phrases written
# for the test
QUOTED_AGAIN = [
    ("Bank itu membuka kelas menabung “Sahabat Cilik Menabung” di 20 sekolah. Tahun ini 900 siswa ikut kelas "
     "Sahabat Cilik Menabung.", "Sahabat Cilik Menabung"),
    ("Warga bergabung dalam \"Teluk Bersih Bersama\", kegiatan memungut sampah di pantai. Bupati menyebut Teluk "
     "Bersih Bersama perlu digelar rutin.", "Teluk Bersih Bersama"),
]
QUOTED_AGAIN_NOT = [  # a brand, a rating, a cooperative's name; a name quoted once only
    "Susu itu dipasarkan dengan merek \"Susu Lembah Hijau\". Kini Susu Lembah Hijau dijual di Bandung.",
    "Bank itu berpredikat kinerja keuangan \"Sangat Bagus\". Predikat Sangat Bagus diraih lima kali berturut-turut.",
    "Petani tergabung dalam Koperasi Produsen \"Sagu Tani Bersatu\". Ketua Sagu Tani Bersatu, Yosep, hadir.",
    "Warga bergabung dalam \"Teluk Bersih Bersama\", kegiatan memungut sampah di pantai.",
]


@pytest.mark.parametrize("text, name", QUOTED_AGAIN, ids=[a[1] for a in QUOTED_AGAIN])
def test_a_quoted_title_case_name_written_again_is_a_programme(finder_nlp, text, name):
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text", QUOTED_AGAIN_NOT)
def test_a_quoted_brand_rating_or_group_or_a_name_quoted_once_is_no_programme(finder_nlp, text):
    assert names(finder_nlp, text) == {}

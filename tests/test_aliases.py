"""Alias resolution: all the forms of one organisation in an article are one entity, with the
gazetteer's and the article's forms as aliases. Also the user gazetteer loader and its errors."""
from __future__ import annotations

from typing import NamedTuple

import pytest

from extract.components.aliases import acronym_forms
from gazetteers.companies import GazetteerError, load_gazetteer, norm_name, read_gazetteer


class Case(NamedTuple):
    text: str
    groups: list[list[str]]  # mention texts grouped by entity, in order of first mention


ALIASES_AS_WRITTEN = [
    Case("PT Semen Indonesia (Persero) Tbk. (SIG) membina warga. PT SIG berharap program berlanjut. "
         "Semen Indonesia juga menyiapkan pelatihan.",
         [["PT Semen Indonesia (Persero) Tbk. (SIG)", "PT SIG", "Semen Indonesia"]]),
    Case("PT Perusahaan Gas Negara Tbk (PGN) menyalurkan modal. PGN juga melatih warga.",
         [["PT Perusahaan Gas Negara Tbk (PGN)", "PGN"]]),
    Case("Program PT Hutama Karya (Persero) berjalan. Hutama Karya menyiapkan dana.",
         [["PT Hutama Karya (Persero)", "Hutama Karya"]]),
    Case("Binaan PT Pertamina Refinery Unit (RU) IV Cilacap maju. Kata Manager CSR Pertamina RU IV Cilacap.",
         [["PT Pertamina Refinery Unit (RU) IV Cilacap", "Pertamina RU IV Cilacap"]]),
    Case("Program Bank BRI Kanwil Medan berjalan. BRI juga memberi modal.", [["Bank BRI Kanwil Medan", "BRI"]]),
    Case("Program Pemerintah Provinsi (Pemprov) Riau berjalan. Pemprov Riau menyiapkan dana.",
         [["Pemerintah Provinsi (Pemprov) Riau", "Pemprov Riau"]]),
    Case("Dinas Koperasi dan UMKM Batubara hadir. Dinas Koperasi dan UMKM siap membina.",
         [["Dinas Koperasi dan UMKM Batubara", "Dinas Koperasi dan UMKM"]]),
    Case("Bantuan PT Chevron Pacific Indonesia tiba. PT Chevron Pasific Indonesia menyalurkan dana.",
         [["PT Chevron Pacific Indonesia", "PT Chevron Pasific Indonesia"]]),
    Case("Bantuan Tanoto Foundation tiba. Yayasan Tanoto Faoundation menyalurkan dana.",
         [["Tanoto Foundation", "Yayasan Tanoto Faoundation"]]),
]

# batches 13-14: a government's short head and its written-out head; a hospital named with and without its
# namesake's titles (par_099, par_101)
ALIASES_BATCH_13_14 = [
    Case("Pemkot Palu Salurkan Modal\nPemerintah Kota Palu menyalurkan bantuan modal usaha.",
         [["Pemkot Palu", "Pemerintah Kota Palu"]]),
    Case("Pemerintah Kabupaten Sigi hadir. Pemkab Sigi menyiapkan lahan.",
         [["Pemerintah Kabupaten Sigi", "Pemkab Sigi"]]),
    Case("RSUD Chasan Boesoirie Gelar Operasi\nRumah Sakit Umum Daerah (RSUD) dr. H. Chasan Boesoirie Ternate "
         "menggelar operasi katarak.",
         [["RSUD Chasan Boesoirie", "Rumah Sakit Umum Daerah (RSUD) dr. H. Chasan Boesoirie Ternate"]]),
    # negatives: another region, another level of government
    Case("Pemkot Palu dan Pemerintah Kabupaten Sigi hadir.", [["Pemkot Palu"], ["Pemerintah Kabupaten Sigi"]]),
    Case("Pemkab Kupang dan Pemerintah Kota Kupang hadir.", [["Pemkab Kupang"], ["Pemerintah Kota Kupang"]]),
]

NOT_ALIASES = [  # distinct organisations stay apart
    # every village forms its own Karang Taruna (Permensos 25/2019): two villages' are two bodies (wst_007)
    Case("Peserta dipilih Karang Taruna Desa Tegal Rejo dan Karang Taruna Desa Keban Agung.",
         [["Karang Taruna Desa Tegal Rejo"], ["Karang Taruna Desa Keban Agung"]]),
    Case("Bantuan PTPN VII dan PTPN VIII tiba.", [["PTPN VII"], ["PTPN VIII"]]),
    Case("Kelompok Tani Maju dan Koperasi Tani Maju hadir.", [["Kelompok Tani Maju"], ["Koperasi Tani Maju"]]),
    Case("Bantuan Bank Jatim dan Bank Jambi tiba.", [["Bank Jatim"], ["Bank Jambi"]]),
    # a body of another kind named after a company is not a form of the company's name
    Case("PT Pupuk Kujang menyalurkan air. Pupuk Kujang berkolaborasi dengan Baitul Maal Pupuk Kujang.",
         [["PT Pupuk Kujang", "Pupuk Kujang"], ["Baitul Maal Pupuk Kujang"]]),
    Case("Bantuan diterima Desa Adat Tuban. Sampah dikelola Badan Usaha Milik Desa Adat (BUPDA) Tuban.",
         [["Desa Adat Tuban"], ["Badan Usaha Milik Desa Adat (BUPDA) Tuban"]]),
    Case("Koperasi Karyawan Semen Gresik menerima bantuan. Semen Gresik menyalurkan dana.",
         [["Koperasi Karyawan Semen Gresik"], ["Semen Gresik"]]),
    Case("Kideco dan Yayasan Kideco Bantu Sekolah\nPT Kideco Jaya Agung bersama Yayasan Kideco Peduli Pendidikan "
         "menyerahkan bantuan.", [["Kideco", "PT Kideco Jaya Agung"], ["Yayasan Kideco", "Yayasan Kideco Peduli Pendidikan"]]),
]


# a company's initials after its legal word are the one company named in full whose words spell them
ALIASES_INITIALS = [
    Case("PT Semen Tonasa menyalurkan bantuan bibit kepada Kelompok Tani Sumber Makmur di Pangkep. Menurut Manajer "
         "CSR PT ST, program berlanjut.",
         [["PT Semen Tonasa", "PT ST"], ["Kelompok Tani Sumber Makmur"]]),
    Case("PT Sumber Alam Lestari membina perajin rotan di Katingan. Kata Kepala Humas PT SAL, pelatihan berlanjut.",
         [["PT Sumber Alam Lestari", "PT SAL"]]),
    # negatives: initials no company spells, and initials two companies spell, stay apart
    Case("PT Semen Tonasa menyalurkan bantuan kepada Kelompok Tani Maju. Menurut Manajer CSR PT SP, program berlanjut.",
         [["PT Semen Tonasa"], ["Kelompok Tani Maju"], ["PT SP"]]),
    Case("PT Semen Padang dan PT Sinar Pangan menyalurkan bantuan kepada Kelompok Tani Maju. Menurut Manajer CSR "
         "PT SP, program berlanjut.",
         [["PT Semen Padang"], ["PT Sinar Pangan"], ["Kelompok Tani Maju"], ["PT SP"]]),
]

# a regional water utility written with and without its trade words "Air Minum" (gv2_010, par_047)
ALIASES_BUMD = [
    Case("Perumda Air Minum Tirta Mayang Kota Jambi memasang 150 sambungan. Direktur Perumda Tirta Mayang, Ahmad, "
         "mengatakan pipa sudah siap.",
         [["Perumda Air Minum Tirta Mayang Kota Jambi", "Perumda Tirta Mayang"]]),
    Case("Perumda Air Minum Tirta Musi menambah jaringan. Kata Direktur PDAM Tirta Musi, Budi, warga antusias.",
         [["Perumda Air Minum Tirta Musi", "PDAM Tirta Musi"]]),
    # negative: two utilities of different names stay apart
    Case("Perumda Air Minum Tirta Musi dan Perumda Tirta Mayang menandatangani kerja sama.",
         [["Perumda Air Minum Tirta Musi"], ["Perumda Tirta Mayang"]]),
]

# "PT <first name word>" after the company's full name (eas_011 "PT Amman" after "PT Amman Mineral Nusa Tenggara")
ALIASES_LEGAL_SHORT = [
    Case("PT Amman Mineral Nusa Tenggara (AMNT) menyerahkan alat kesehatan kepada Puskesmas Maluk. Superintendent "
         "Social Impact PT Amman, Baiq Nurul, mengatakan program berlanjut.",
         [["PT Amman Mineral Nusa Tenggara (AMNT)", "PT Amman"], ["Puskesmas Maluk"]]),
    Case("PT Sumber Alam Lestari membina perajin rotan di Katingan. Kata Kepala Humas PT Sumber, pelatihan berlanjut.",
         [["PT Sumber Alam Lestari", "PT Sumber"]]),
    # negatives: two companies that start with the same word leave the short one alone; a one-word name without a legal
    # word is not joined by this rule
    Case("PT Sumber Alam Lestari dan PT Sumber Rejeki Abadi membina perajin rotan di Katingan. Kata Kepala Humas "
         "PT Sumber, pelatihan berlanjut.",
         [["PT Sumber Alam Lestari"], ["PT Sumber Rejeki Abadi"], ["PT Sumber"]]),
    Case("PT Sumber Alam Lestari membina Koperasi Sumber di Katingan.",
         [["PT Sumber Alam Lestari"], ["Koperasi Sumber"]]),
]

# s28 (docs/unseen_sul_s28.md): two names alike but for different one-word heads are two bodies (sul_010); negatives:
# the other head inside the longer name, a near spelling under one head
ALIASES_OTHER_HEADS = [
    Case("Perusahaan menyerahkan peralatan praktik kepada SMK Negeri 1 Bahodopi dan SMA Negeri 1 Bahodopi.",
         [["SMK Negeri 1 Bahodopi"], ["SMA Negeri 1 Bahodopi"]]),
    Case("Buku dibagikan kepada SMP Negeri 2 Tinambung dan SMA Negeri 2 Tinambung.",
         [["SMP Negeri 2 Tinambung"], ["SMA Negeri 2 Tinambung"]]),
    Case("Alat praktik diserahkan ke Sekolah SMK SMTI Pontianak. Kepala SMK SMTI Pontianak berterima kasih.",
         [["Sekolah SMK SMTI Pontianak", "SMK SMTI Pontianak"]]),
    Case("Kelompok Tani Sipakatau dilatih. Ketua Kelompok Tani Sipakatu mengatakan panen naik.",
         [["Kelompok Tani Sipakatau", "Kelompok Tani Sipakatu"]]),
]


# a region's press short form after a body's name ("Kutim" = Kabupaten Kutai Timur, gazetteers/region_variants.toml):
# the same body as its name with the region written out (gv4_007)
ALIASES_REGION_SHORT = [
    Case("Forum CSR Kabupaten Kutai Timur membangun sumur bor di Desa Margo Mulyo. Ketua Forum CSR Kutim, Hendra "
         "Wijaya, mengatakan sumur itu dipakai 180 keluarga.",
         [["Forum CSR Kabupaten Kutai Timur", "Forum CSR Kutim"]]),
    Case("Forum CSR Kabupaten Kutai Kartanegara menyerahkan ambulans. Sekretaris Forum CSR Kukar, Rina, mengatakan "
         "ambulans ditempatkan di Puskesmas Tenggarong.",
         [["Forum CSR Kabupaten Kutai Kartanegara", "Forum CSR Kukar"], ["Puskesmas Tenggarong"]]),
    # negative: the short form of another region stays another body
    Case("Forum CSR Kutim dan Forum CSR Kabupaten Kutai Barat menandatangani kesepakatan bersama.",
         [["Forum CSR Kutim"], ["Forum CSR Kabupaten Kutai Barat"]]),
]


# a group named again by its head and its own name, the class words between dropped (s29 gv5_002, bn2_003)
ALIASES_SHORT_GROUP = [
    Case("Bantuan diterima Kelompok Pembudidaya Sinar Balang di Pulau Balang Lompo. Selain kelompok Sinar Balang, "
         "bantuan juga diterima Kelompok Tani Maju.",
         [["Kelompok Pembudidaya Sinar Balang", "kelompok Sinar Balang"], ["Kelompok Tani Maju"]]),
    Case("Bibit kepiting diserahkan kepada Kelompok Tani Hutan Bandar Bakau. Selain kelompok Bandar Bakau, perusahaan "
         "bermitra dengan Koperasi Produsen Sungai Sembilan Jaya.",
         [["Kelompok Tani Hutan Bandar Bakau", "kelompok Bandar Bakau"], ["Koperasi Produsen Sungai Sembilan Jaya"]]),
    # negatives: two longer groups end with the same words, so the short form is neither; another head stays apart
    Case("Bantuan diterima Kelompok Tani Sinar Harapan dan Kelompok Nelayan Sinar Harapan. Selain kelompok Sinar "
         "Harapan, juga Koperasi Maju.",
         [["Kelompok Tani Sinar Harapan"], ["Kelompok Nelayan Sinar Harapan"], ["kelompok Sinar Harapan"],
          ["Koperasi Maju"]]),
    Case("Bantuan diterima Koperasi Produsen Sinar Balang dan Kelompok Sinar Balang.",
         [["Koperasi Produsen Sinar Balang"], ["Kelompok Sinar Balang"]]),
]

# two offices whose names differ only in the affair each serves (government_bodies.toml's words: "Pertanian",
# "Perikanan", "Perkebunan", "Peternakan") are two bodies, however near the spelling (s29 h29rol's probe); negatives:
# a misspelt affair is no affair, so it still joins its office
ALIASES_OTHER_AFFAIRS = [
    Case("Bantuan disalurkan bersama Dinas Pertanian Kabupaten Gowa dan Dinas Perikanan Kabupaten Gowa.",
         [["Dinas Pertanian Kabupaten Gowa"], ["Dinas Perikanan Kabupaten Gowa"]]),
    Case("Pelatihan digelar Dinas Perkebunan Kabupaten Sanggau bersama Dinas Peternakan Kabupaten Sanggau.",
         [["Dinas Perkebunan Kabupaten Sanggau"], ["Dinas Peternakan Kabupaten Sanggau"]]),
    # negative: a typo of the same office
    Case("Bantuan disalurkan Dinas Pertanian Kabupaten Gowa. Kepala Dinas Pertanain Kabupaten Gowa hadir.",
         [["Dinas Pertanian Kabupaten Gowa", "Dinas Pertanain Kabupaten Gowa"]]),
]


@pytest.mark.parametrize("case", ALIASES_AS_WRITTEN + NOT_ALIASES + ALIASES_BATCH_13_14 + ALIASES_INITIALS
                         + ALIASES_LEGAL_SHORT + ALIASES_BUMD + ALIASES_REGION_SHORT + ALIASES_OTHER_HEADS
                         + ALIASES_SHORT_GROUP + ALIASES_OTHER_AFFAIRS,
                         ids=lambda c: c.text[:50])
def test_aliases_one_entity_per_organisation(nlp, case):
    orgs = nlp(case.text)._.organizations_all
    groups: dict[str, list[str]] = {}
    for o in orgs:
        groups.setdefault(o.entity, []).append(o.text)
    assert list(groups.values()) == case.groups


def test_aliases_entity_carries_known_forms(nlp):
    orgs = nlp("Dua perwakilan PT SIG menyambut kunjungan itu.")._.organizations_all
    assert orgs[0].entity == "semen-indonesia"
    assert {"Semen Indonesia", "PT Semen Indonesia (Persero) Tbk", "SIG"} <= set(orgs[0].aliases) | {orgs[0].name}


@pytest.mark.parametrize("text,acronyms,forms", [
    ("PT Pertamina Refinery Unit (RU) IV Cilacap", ("RU",),
     ["PT Pertamina RU IV Cilacap", "PT Pertamina Refinery Unit IV Cilacap"]),
    ("Majelis Desa Adat (MDA) Provinsi Bali", ("MDA",), ["MDA Provinsi Bali", "Majelis Desa Adat Provinsi Bali"]),
    # a short form that is no string of initials stands for the whole name before it
    ("PT Penjaminan Kredit Daerah (Jamkrida) NTT", ("Jamkrida",),
     ["Jamkrida NTT", "PT Penjaminan Kredit Daerah NTT"]),
    ("Perusahaan Umum Daerah Air Minum (Perumda PDAM) Bandarmasih", ("Perumda PDAM",),
     ["Perumda PDAM Bandarmasih", "Perusahaan Umum Daerah Air Minum Bandarmasih"]),
    # negative: nothing after the parenthesis, no extra form
    ("Bank Pembangunan Daerah Papua (Bank Papua)", ("Bank Papua",), ["Bank Pembangunan Daerah Papua"]),
])
def test_aliases_acronym_forms(text, acronyms, forms):
    assert acronym_forms(text, acronyms) == forms


@pytest.mark.parametrize("text,key", [("PT. Semen Indonesia (Persero) Tbk.", "semen indonesia"),
                                      ("Bank Maluku –Malut", "bank maluku malut"), ("CV Maju Jaya", "maju jaya")])
def test_aliases_norm_name(text, key):
    assert norm_name(text) == key


def test_aliases_norm_name_is_read_back_per_process():
    """The steps ask about the same names mention after mention: the second call is a cache hit, same key."""
    text = "PT Bank Pembangunan Daerah Sulawesi Tenggara (Persero), Kendari"
    first = norm_name(text)
    hits = norm_name.cache_info().hits
    assert norm_name(text) == first == "bank pembangunan daerah sulawesi tenggara kendari"
    assert norm_name.cache_info().hits == hits + 1


def test_aliases_gazetteer_rows_are_facts_with_sources():
    gaz = load_gazetteer()
    assert len(gaz) > 250
    assert all(e.source for e in gaz.entries.values())
    assert all(e.parent in gaz.entries for e in gaz.entries.values() if e.parent)
    for form, eid in [("PTBA", "bukit-asam"), ("SIG", "semen-indonesia"), ("Hutama Karya", "hutama-karya"),
                      ("BRI", "bri"), ("BNI", "bni"), ("PLN", "pln"), ("PGN", "pgn"), ("Bank Sultra", "bank-sultra")]:
        assert gaz.lookup(form).id == eid


def test_aliases_user_gazetteer_merges_and_fixes_role(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("# our partners\nname,aliases,kind,role\nKelompok Tani Sido Makmur,KT Sido Makmur,community,partner\n"
                    "PT Semen Indonesia (Persero) Tbk,Semen Gresik Group,,giver\n", encoding="utf-8")
    gaz = load_gazetteer((str(path),))
    assert gaz.lookup("KT Sido Makmur").name == "Kelompok Tani Sido Makmur"
    merged = gaz.lookup("SIG")
    assert merged.role == "giver" and "Semen Gresik Group" in merged.aliases


def test_aliases_user_gazetteer_role_wins(tmp_path):
    from extract import build_nlp

    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,role\nPaguyuban Sekar Jagad,Sekar Jagad,giver\n", encoding="utf-8")
    nlp = build_nlp(ner=False, gazetteers=[str(path)])
    doc = nlp("PT Maju Jaya menyalurkan bantuan kepada Paguyuban Sekar Jagad. Sekar Jagad menggelar pelatihan.")
    roles = {o.text: o.role for o in doc._.organizations}
    assert roles["Paguyuban Sekar Jagad"] == roles["Sekar Jagad"] == "giver"


@pytest.mark.parametrize("content,message", [
    ("aliases,role\nX,giver\n", ":1: bad header: no 'name' column"),
    ("name,alias\nX,Y\n", ":1: bad header: unknown column(s) 'alias'"),
    ("name,role\nPT X,pemberi\n", ":2: role 'pemberi' is not one of giver, partner"),
    ("name,aliases\nPT X,Y\n,Z\n", ":3: empty name"),
    ("# only a comment\n", ": empty"),
    ("name,aliases\nPT X, Tbk,Y\n", ":2: 3 fields, the header has 2"),
])
def test_aliases_user_gazetteer_errors_name_the_line(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer(path)
    assert str(err.value).startswith(str(path)) and message in str(err.value)


def test_aliases_cli_rejects_a_malformed_gazetteer(tmp_path):
    from typer.testing import CliRunner

    from cli import app

    bad = tmp_path / "bad.csv"
    bad.write_text("name,role\nPT X,pemberi\n", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("PT Maju Jaya menyalurkan bantuan.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(art), "--gazetteer", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:2: role 'pemberi'" in result.output


def test_aliases_stanza_backend_fails_in_one_line_when_absent(monkeypatch, tmp_path):
    from extract.components.stanza_backend import BackendError, check_stanza

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    try:
        check_stanza()
    except BackendError as err:
        assert "\n" not in str(err) and "pip install" in str(err)
    else:  # stanza and models present here: nothing to check
        pytest.skip("stanza and its Indonesian models are installed")


PAREN_CASES = [
    ("PT Semen Indonesia (Persero) Tbk. (SIG) membina", "SIG"),
    ("Refinery Unit ( RU ) IV dan (RU) lagi", "RU"),
    ("tanpa kurung SIG", "SIG"),
    ("(SIGN) bukan (SIG)", "SIG"),
    ("(\u00a0PGN\t) dengan spasi lain", "PGN"),
    ("(S.I.G.) bertitik", "S.I.G."),
    ("kurung ( SIG tidak tertutup", "SIG"),
]


@pytest.mark.parametrize("text,acr", PAREN_CASES)
def test_paren_span_is_the_regex_search(text, acr):
    import re

    from extract.components.aliases import _paren_span

    m = re.search(r"\(\s*" + re.escape(acr) + r"\s*\)", text)
    assert _paren_span(text, acr) == (m.span() if m else None)


def test_paren_span_finds_the_first_written_acronym():
    from extract.components.aliases import _paren_span

    text = "Binaan PT Pertamina Refinery Unit (RU) IV Cilacap"
    assert text[slice(*_paren_span(text, "RU"))] == "(RU)"
    assert _paren_span("(RUU) saja", "RU") is None

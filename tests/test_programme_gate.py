"""The programme gate: an article with no context word (csr, bantuan, binaan, ...) still gets its giver
when the learned gate (models/programme_gate.json) says it reports a programme; business and general news
with no context word stay without roles. Texts written for these tests."""
from __future__ import annotations

import json
import math

import pytest

from extract.components.programme_gate import MODEL_PATH, GateFeatures, LogisticGate, ProgrammeGate
from rules import load_rules

TEXTS = {
"pos1":"SAMARINDA – PT Pupuk Kalimantan Timur membangun 12 unit sumur bor untuk 300 kepala keluarga di Desa Sungai Siring, Kecamatan Samarinda Utara. Peresmian dilakukan pada Kamis (14/3/2024).\n\nSelama ini warga mengambil air dari sungai yang keruh saat musim kemarau. PT Pupuk Kalimantan Timur juga memasang tandon air dan pipa distribusi ke rumah warga. Program senilai Rp 650 juta itu diserahterimakan kepada pemerintah desa. Kepala Desa Sungai Siring, Rahmat, berterima kasih atas sarana air bersih tersebut.",
"pos2":"MUARA ENIM – PT Bukit Asam Tbk meresmikan jembatan gantung sepanjang 80 meter di Desa Tanjung Raja, Kabupaten Muara Enim, Sumatera Selatan, Selasa (5/11/2024). Jembatan itu menghubungkan dua dusun yang selama ini terpisah sungai.\n\nSebanyak 450 warga dan 120 pelajar kini tidak perlu menyeberang dengan rakit. PT Bukit Asam Tbk membangun jembatan tersebut dengan anggaran Rp 1,2 miliar. Camat Tanjung Agung, Sudirman, mengatakan masyarakat sangat terbantu oleh fasilitas baru itu.",
"pos3":"MATARAM – PT Bank NTB Syariah memperbaiki 25 rumah tidak layak huni milik warga di Kelurahan Ampenan Utara, Kota Mataram, Nusa Tenggara Barat. Serah terima rumah dilakukan pada Jumat (6/9/2024).\n\nPerbaikan meliputi atap, lantai dan dinding. Sebagian besar penghuni adalah keluarga nelayan. Program itu menelan anggaran Rp 875 juta. Lurah Ampenan Utara, Lalu Hamdi, mengatakan masih ada rumah lain yang perlu diperbaiki.",
"pos4":"JAMBI – PT Pertamina Hulu Rokan Zona 1 menggelar sekolah lapang bagi 45 petani karet di Desa Sungai Bahar, Kabupaten Muaro Jambi. Kegiatan dibuka pada Rabu (17/4/2024) dan berlangsung selama tiga bulan.\n\nPara petani belajar menyadap dengan benar, merawat kebun dan menjual getah bersama. Menurut petugas lapangan, hasil sadapan di kebun percontohan naik hampir 30 persen.",
"neg1":"AMBON – PT Bank Maluku Malut meresmikan kantor cabang baru di Kota Ambon, Senin (4/3/2024). Kantor itu menggantikan gedung lama yang sudah sempit.\n\nDirektur Utama Bank Maluku Malut mengatakan laba perseroan tahun lalu naik 12 persen menjadi Rp 310 miliar. Bank itu menargetkan penyaluran kredit tumbuh 9 persen tahun ini. Gubernur Maluku berharap bank daerah itu memperluas layanan hingga ke pulau-pulau kecil.",
"neg2":"JAKARTA – PT Wijaya Karya (Persero) Tbk membangun jalan tol sepanjang 24 kilometer di Jawa Barat dengan nilai kontrak Rp 4,1 triliun. Proyek itu ditargetkan rampung pada akhir 2025.\n\nSekretaris Perusahaan WIKA mengatakan perseroan juga mengikuti tender tiga proyek bendungan. Saham WIKA ditutup menguat 3 persen di Bursa Efek Indonesia pada perdagangan Selasa.",
"neg4":"PALEMBANG – PT Waskita Karya (Persero) Tbk melakukan serah terima gedung kantor kepada Kementerian Keuangan, Kamis (4/7/2024). Serah terima itu menandai selesainya proyek senilai Rp 230 miliar.\n\nDirektur Operasi Waskita mengatakan perseroan menargetkan kontrak baru Rp 18 triliun tahun ini. Saham WSKT ditutup melemah 2 persen.",
"neg3":"SEMARANG – Harga cabai rawit di Pasar Johar, Kota Semarang, naik menjadi Rp 80.000 per kilogram, Senin (8/1/2024). Pedagang menyebut pasokan dari Kabupaten Magelang berkurang karena hujan.\n\nDinas Perdagangan Kota Semarang akan memantau harga hingga akhir bulan. Warga diminta tidak panik membeli.",
}

PROGRAMME = {"pos1": "PT Pupuk Kalimantan Timur", "pos2": "PT Bukit Asam Tbk", "pos3": "PT Bank NTB Syariah",
             "pos4": "PT Pertamina Hulu Rokan Zona 1"}
# Near the threshold: a short programme article with a recipient but no sum, no programme word and no facility
# (pos4: probability 0.56; below the threshold of 0.57-0.63 until round s28, above its 0.54 since) and a house repair
# with a sum and a recipient but no count of people (pos3, 0.695). The trainer sets the threshold above the CV
# probability of the hardest real negative, so it moves with every re-training (0.68 -> 0.71 -> 0.63 -> 0.57 -> 0.54):
# their decision is not asserted (a test that flips with every re-training tells nothing); the ranking test below
# holds whatever the threshold: every programme scores above every non-programme.
LIMITS: set[str] = set()
NEAR_THRESHOLD = {"pos3", "pos4"}


def test_texts_have_no_context_word(nlp):
    roles = nlp.get_pipe("warta_roles")
    for key, text in TEXTS.items():
        assert not roles.context(nlp(text)), key  # else the gate would not be asked


@pytest.mark.parametrize("key", [pytest.param(k, marks=pytest.mark.xfail(strict=True)) if k in LIMITS else k
                                 for k in sorted(TEXTS) if k not in NEAR_THRESHOLD])
def test_gate_decides_roles_without_context_words(nlp, key):
    orgs = nlp(TEXTS[key])._.organizations or []
    givers = {o.name for o in orgs if o.role == "giver"}
    if key in PROGRAMME:
        assert PROGRAMME[key] in givers
    else:
        assert orgs == []  # "Bank X meresmikan kantor cabang", "WIKA membangun jalan tol": no programme


def test_gate_ranks_every_programme_above_every_other_news(nlp):
    gate = ProgrammeGate(nlp, load_rules("roles"))
    score = {}
    for key, text in TEXTS.items():
        doc = nlp(text)
        score[key] = gate.score(doc, doc._.organizations_all)
    assert min(score[k] for k in PROGRAMME) > max(score[k] for k in TEXTS if k not in PROGRAMME), score


def test_without_model_the_gate_stays_shut(nlp, tmp_path):
    gate = ProgrammeGate(nlp, load_rules("roles"), tmp_path / "absent.json")
    doc = nlp(TEXTS["pos1"])
    assert gate.model is None and not gate.opens(doc, doc._.organizations_all)


def test_model_file_matches_the_rules(nlp):
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data["features"]) <= set(GateFeatures(nlp, load_rules("roles")).names)  # read by name (s31)
    assert 0.5 <= data["threshold"] < 1.0


def test_a_model_of_some_features_reads_them_by_name_and_one_of_unknown_features_is_refused(nlp, tmp_path):
    feats = GateFeatures(nlp, load_rules("roles"))
    path = tmp_path / "gate.json"
    path.write_text(json.dumps(LogisticGate(["recipient", "company_named"], [-2.0, 3.0], 0.0, 0.5).to_json()))
    gate = ProgrammeGate(nlp, load_rules("roles"), path)
    doc = nlp(TEXTS["pos2"])  # a company named twice, no recipient phrase
    assert gate.opens(doc, doc._.organizations_all)
    values = dict(zip(feats.names, feats.vector(doc, doc._.organizations_all)))
    assert abs(gate.score(doc, doc._.organizations_all) - gate.model.proba(
        [values["recipient"], values["company_named"]])) < 1e-9
    other = tmp_path / "other.json"  # another file: models are cached by path
    other.write_text(json.dumps(LogisticGate(["no_such_feature"], [1.0], 0.0, 0.5).to_json()))
    with pytest.raises(ValueError):
        ProgrammeGate(nlp, load_rules("roles"), other)


# s31 (docs/unseen_pg5_s31.md): a public-service report names no company; texts written for the test
COMPANIES_NAMED = [
    ("LHOKSUKON – BPBD Aceh Utara mendirikan enam dapur umum bagi 4.000 pengungsi banjir di Kecamatan Matangkuli.", 0),
    ("SENTANI – Dinas Kesehatan Kabupaten Jayapura menyediakan 3.000 dosis vaksin polio untuk anak balita. Petugas "
     "Puskesmas Sentani Kota membuka 24 pos imunisasi di posyandu.", 0),
    (TEXTS["pos2"], 2),
    ("PADANG – PT Semen Padang membangun pojok baca di 12 sekolah. Kepala Dinas Pendidikan Kota Padang, Yopi, "
     "mengatakan siswa antusias.", 1),
]


@pytest.mark.parametrize("text, n", COMPANIES_NAMED, ids=[t[:30] for t, _ in COMPANIES_NAMED])
def test_company_named_counts_companies_not_public_bodies(nlp, text, n):
    feats = GateFeatures(nlp, load_rules("roles"))
    doc = nlp(text)
    values = dict(zip(feats.names, feats.vector(doc, doc._.organizations_all or [])))
    assert feats.companies_named(doc._.organizations_all or []) == n
    assert abs(values["company_named"] - math.log1p(n)) < 1e-9


# a recipient: a preposition, at most three numbers or quantity words, a noun of a community or group of people
RECIPIENTS = [
    ("PT X membangun 150 jamban bagi keluarga prasejahtera.", 1),
    ("Perbaikan 20 rumah milik warga.", 1),
    ("Program makanan bergizi bagi 240 anak di delapan PAUD.", 1),
    ("Sekolah lapang untuk para petani padi.", 1),
    ("Bantuan diserahkan kepada ratusan nelayan dan untuk 30 siswa.", 2),
    # negatives: a person or a body after the preposition, a purpose, too far
    ("Pekerjaan diserahkan kepada Kementerian PUPR.", 0),
    ("Dokumen itu diserahkan kepada Grace Christiani selaku pejabat.", 0),
    ("Anggaran untuk pembangunan dermaga naik.", 0),
    ("Kredit untuk 1.200 unit rumah subsidi bagi kalangan menengah.", 0),
]


@pytest.mark.parametrize("text,n", RECIPIENTS, ids=[t for t, _ in RECIPIENTS])
def test_recipient_phrases(nlp, text, n):
    assert len(GateFeatures(nlp, load_rules("roles")).recipient_tokens(nlp(text))) == n


def test_giver_for_recipient_needs_the_recipient_after_the_giver_in_its_sentence(nlp):
    feats = GateFeatures(nlp, load_rules("roles"))
    doc = nlp(TEXTS["pos4"])
    assert feats.giver_subjects(doc, doc._.organizations_all)[1] == 1  # "menggelar sekolah lapang bagi 45 petani"
    doc = nlp(TEXTS["neg4"])
    assert feats.giver_subjects(doc, doc._.organizations_all)[1] == 0  # "menyerahkan ... kepada Kementerian"


def test_fit_is_deterministic_and_round_trips():
    X = [[0.0, 1.0], [1.0, 0.0], [1.5, 0.2], [0.1, 2.0]]
    y = [0, 1, 1, 0]
    a = LogisticGate(["a", "b"]).fit(X, y, steps=500)
    b = LogisticGate(["a", "b"]).fit(X, y, steps=500)
    assert a.w == b.w and a.b == b.b
    assert a.w[0] > 0 > a.w[1]
    c = LogisticGate.from_json(json.loads(json.dumps(a.to_json())))
    assert abs(c.proba([1.0, 0.0]) - a.proba([1.0, 0.0])) < 1e-5 and c.proba([1.0, 0.0]) > 0.5 > c.proba([0.0, 1.0])


# s34 (docs/gate_s34.md): a company as the agent of a passive verb of building, repairing or running counts as the
# subject of that verb in feature `giver_subject` (the same role told the other way round); texts written for the test
GIVER_AGENTS = [
    ("Jembatan gantung sepanjang 84 meter itu dibangun PT Freeport Indonesia selama lima bulan.", 1),
    ("Jalan sepanjang 2,4 kilometer itu dicor beton oleh PT Vale Indonesia Tbk sejak Agustus.", 1),
    ("Panen itu hasil program Kampung Tangguh Pangan yang dijalankan PT Pupuk Sriwidjaja Palembang sejak Mei.", 1),
    ("Perbaikan jembatan dikerjakan PT Adaro Indonesia sejak awal Oktober dan rampung pekan lalu.", 1),
    # negatives: a company's own event, a supplier, the agent too far or across a comma, a government agent
    ("Lomba lari itu digelar PT Petrokimia Gresik untuk memperingati ulang tahun perusahaan.", 0),
    ("Traktor dan pompa air itu dipasok PT Rutan Machinery Trading, pemenang tender pengadaan.", 0),
    ("Kantor itu dibangun dengan investasi sekitar Rp 4,5 miliar oleh PT Bank Pembangunan Daerah Jawa Barat.", 0),
    ("Gedung itu dibangun, kata Direktur PT Semen Padang, dalam tiga bulan.", 0),
    ("Jalan desa itu dibangun Pemerintah Kabupaten Luwu Timur dari APBD.", 0),
]


@pytest.mark.parametrize("text,n", GIVER_AGENTS, ids=[t[:40] for t, _ in GIVER_AGENTS])
def test_a_company_as_the_agent_of_a_passive_verb_of_building_is_a_giver_subject(nlp, text, n):
    feats = GateFeatures(nlp, load_rules("roles"))
    doc = nlp(text)
    assert feats.giver_subjects(doc, doc._.organizations_all or [])[0] == n


# s34: a count of people that opens its sentence as its subject (feature `counted_subject`)
COUNTED_SUBJECTS = [
    ("Sebanyak 60 ibu rumah tangga di Kelurahan Sei Selayur memanen cabai dari pekarangan mereka.", 1),
    ("Kini sebanyak 130 balita di negeri itu ditimbang dan diperiksa di gedung baru.", 1),
    ("PALEMBANG, SRIPOKU.COM - Sebanyak 45 petani di Desa Muara Telang memanen padi pertama.", 1),
    # negatives: the count as an object, after a reporting clause, after a place
    ("Program itu menjangkau 60 ibu rumah tangga di Kelurahan Sei Selayur.", 0),
    ("Menurut kepala desa, sebanyak 60 petani memanen cabai dari pekarangan.", 0),
    ("Di Kelurahan Sei Selayur, 60 ibu rumah tangga memanen cabai.", 0),
]


@pytest.mark.parametrize("text,n", COUNTED_SUBJECTS, ids=[t[:40] for t, _ in COUNTED_SUBJECTS])
def test_a_count_of_people_opening_its_sentence_is_a_counted_subject(nlp, text, n):
    feats = GateFeatures(nlp, load_rules("roles"))
    doc = nlp(text)
    assert doc._.beneficiaries, "the count must be read as beneficiaries for the feature to see it"
    assert feats.counted_subjects(doc) == n
    values = dict(zip(feats.names, feats.vector(doc, doc._.organizations_all or [])))
    assert abs(values["counted_subject"] - math.log1p(n)) < 1e-9

"""Near-duplicate stories: the same release on several sites is one story; different stories
about the same giver, place and programme stay apart. Texts are written for these tests in the
way syndicating sites edit a release (another dateline and prefix, a reworded title, acronyms
expanded, a byline, a cut-down version); the real pairs in ../shared/syndicated are scored too."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import need_shared
from typer.testing import CliRunner

from cli import app
from extract import extract_articles
from extract.storage import stories
from extract.inputs.sources import articles_from_texts, read_paths
from extract.storage.store import Store

RELEASE = """PT Pupuk Kaltim Salurkan Bantuan Perahu untuk Nelayan Bontang
BONTANG – PT Pupuk Kalimantan Timur (Pupuk Kaltim) menyalurkan bantuan 12 unit perahu motor dan alat tangkap kepada Kelompok Nelayan Bina Bahari di Kelurahan Bontang Kuala, Kecamatan Bontang Utara, Kota Bontang, Rabu (14/8/2024). Bantuan senilai Rp475 juta itu merupakan bagian dari program Tanggung Jawab Sosial dan Lingkungan (TJSL) perusahaan.
Manajer CSR Pupuk Kaltim, Rahmad Hidayat, mengatakan bantuan diberikan setelah kelompok nelayan mengajukan proposal karena sebagian besar perahu mereka rusak akibat gelombang tinggi pada awal tahun.
"Kami berharap perahu ini membuat nelayan bisa kembali melaut dan pendapatan keluarga mereka pulih. Pendampingan akan kami lanjutkan hingga kelompok mampu mengelola usaha pengolahan ikan sendiri," ujarnya.
Ketua Kelompok Nelayan Bina Bahari, Syamsuddin, mengatakan 46 anggota kelompok akan memakai perahu tersebut secara bergiliran. Selain itu, kelompok berencana membuka usaha ikan asin dan abon ikan yang dikelola istri para nelayan.
Lurah Bontang Kuala, Andi Marwah, menyampaikan terima kasih atas perhatian perusahaan terhadap warga pesisir dan berharap program serupa menjangkau kelurahan lain di Bontang Utara."""

LIGHT_EDIT = """Bantu Nelayan Bontang, Pupuk Kaltim Serahkan 12 Perahu Motor
Kaltimpost.id, SAMARINDA -- PT Pupuk Kalimantan Timur (Pupuk Kaltim) menyalurkan bantuan 12 unit perahu motor dan alat tangkap kepada Kelompok Nelayan Bina Bahari di Kelurahan Bontang Kuala, Kecamatan Bontang Utara, Kota Bontang, Rabu (14/8/2024).
Bantuan senilai Rp475 juta itu merupakan bagian dari program Tanggung Jawab Sosial dan Lingkungan (TJSL) perusahaan.
Manajer Corporate Social Responsibility (CSR) Pupuk Kaltim, Rahmad Hidayat, mengatakan bantuan diberikan setelah kelompok nelayan mengajukan proposal karena sebagian besar perahu mereka rusak akibat gelombang tinggi pada awal tahun.
"Kami berharap perahu ini membuat nelayan bisa kembali melaut dan pendapatan keluarga mereka pulih. Pendampingan akan kami lanjutkan hingga kelompok mampu mengelola usaha pengolahan ikan sendiri," ujarnya.
Ketua Kelompok Nelayan Bina Bahari, Syamsuddin, mengatakan 46 anggota kelompok akan memakai perahu tersebut secara bergiliran.
Pewarta: Nurul Fitriani
Editor: Dedi Kurniawan"""

CUT_DOWN = """Pupuk Kaltim Beri 12 Perahu untuk Nelayan Bina Bahari
JAKARTA - PT Pupuk Kalimantan Timur (Pupuk Kaltim) menyalurkan bantuan 12 unit perahu motor dan alat tangkap kepada Kelompok Nelayan Bina Bahari di Kelurahan Bontang Kuala, Kecamatan Bontang Utara, Kota Bontang, Rabu (14/8/2024). Bantuan senilai Rp475 juta itu merupakan bagian dari program Tanggung Jawab Sosial dan Lingkungan (TJSL) perusahaan."""

# Same giver, same town, same kind of programme: a different event.
SAME_GIVER_OTHER_EVENT = """Pupuk Kaltim Latih Istri Nelayan Bontang Olah Abon Ikan
BONTANG – PT Pupuk Kalimantan Timur (Pupuk Kaltim) menggelar pelatihan pengolahan abon dan kerupuk ikan bagi 30 istri nelayan di Kelurahan Bontang Kuala, Kecamatan Bontang Utara, Kota Bontang, Selasa (3/12/2024). Pelatihan senilai Rp85 juta itu bagian dari program TJSL perusahaan.
Manajer CSR Pupuk Kaltim, Rahmad Hidayat, mengatakan pelatihan digelar agar hasil tangkapan nelayan punya nilai tambah dan keluarga nelayan memiliki penghasilan saat musim angin barat.
Peserta mendapat peralatan pengolahan, kemasan dan pendampingan pemasaran melalui Rumah BUMN Bontang selama enam bulan.
Salah satu peserta, Hasnawati, mengaku baru pertama kali belajar membuat abon dengan takaran yang tepat dan berharap produknya bisa dijual di toko oleh-oleh."""


def _record(text: str) -> dict:
    return next(extract_articles(articles_from_texts([text]))).to_dict()


def _story(index, source, text):
    return stories.assign(index, source, text, _record(text))


def _ingest_folder(tmp_path, files: list[tuple[str, str]]) -> tuple[Path, Path, CliRunner]:
    """Write the articles to a folder and ingest it into a new store: (folder, store, runner)."""
    folder = tmp_path / "berita"
    folder.mkdir()
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return folder, db, runner


def test_fingerprint_is_deterministic_and_compact():
    a, b = stories.fingerprint(RELEASE), stories.fingerprint(RELEASE)
    assert a == b and len(a.signature) == 4 * stories.settings()["minhash"]["num_perm"]
    assert stories.containment(a, b) == 1.0
    assert stories.fingerprint("").size == 0 and stories.band_keys(stories.fingerprint("")) == []


def test_containment_of_a_cut_down_copy_is_high_and_of_another_story_low():
    full, cut, other = (stories.fingerprint(t) for t in (RELEASE, CUT_DOWN, SAME_GIVER_OTHER_EVENT))
    assert stories.containment(full, cut) > 0.6
    assert stories.containment(full, other) < stories.settings()["decide"]["text"] / 2


def test_syndicated_copies_join_the_first_article_and_a_different_event_does_not():
    index = stories.MemoryIndex()
    first = _story(index, "site-a/pupuk-kaltim.txt", RELEASE)
    assert first.duplicate_of is None and first.story_id == stories.story_id_for("site-a/pupuk-kaltim.txt")
    light = _story(index, "site-b/perahu.txt", LIGHT_EDIT)
    cut = _story(index, "site-c/nelayan.txt", CUT_DOWN)
    other = _story(index, "site-a/abon.txt", SAME_GIVER_OTHER_EVENT)
    assert light.story_id == cut.story_id == first.story_id
    assert light.duplicate_of == cut.duplicate_of == "site-a/pupuk-kaltim.txt"
    assert other.duplicate_of is None and other.story_id != first.story_id


def test_a_shared_sum_lowers_the_bar_only_with_some_shared_text():
    """An independent rewrite keeps the release's sum; an unrelated article with the same sum
    (Rp475 juta is not rare) shares no text and stays apart."""
    index = stories.MemoryIndex()
    _story(index, "a", RELEASE)
    unrelated = ("Bank Kalsel menyerahkan dana Rp475 juta untuk perbaikan 19 rumah tidak layak huni di "
                 "Kabupaten Tapin, Kalimantan Selatan, Kamis (5/9/2024), dalam program CSR tahunan bank itu.")
    assert _story(index, "b", unrelated).duplicate_of is None


def test_ingest_gives_one_story_per_story_and_exports_carry_it(tmp_path):
    folder, db, runner = _ingest_folder(tmp_path, [("a_release.txt", RELEASE), ("b_light.txt", LIGHT_EDIT),
                                                   ("c_cut.txt", CUT_DOWN), ("d_other.txt", SAME_GIVER_OTHER_EVENT)])
    with Store(db) as store:
        recs = {Path(r["source"]).name: r for r in store.iter_records()}
    first = str(folder / "a_release.txt")
    assert {n: r["duplicate_of"] for n, r in recs.items()} == {
        "a_release.txt": None, "b_light.txt": first, "c_cut.txt": first, "d_other.txt": None}
    assert len({r["story_id"] for r in recs.values()}) == 2
    out = tmp_path / "t.csv"
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    import pandas as pd

    table = pd.read_csv(out)
    assert len(table) == 4 and table["story_id"].nunique() == 2  # every article kept, with its story
    status = runner.invoke(app, ["status", "--db", str(db)])
    assert "stories   2 (2 articles are later copies of a story, counted once)" in status.output


def test_reingest_of_a_changed_copy_keeps_one_row_per_article(tmp_path):
    folder, db, runner = _ingest_folder(tmp_path, [("a.txt", RELEASE), ("b.txt", LIGHT_EDIT)])
    (folder / "b.txt").write_text(SAME_GIVER_OTHER_EVENT, encoding="utf-8")  # the site replaced the page
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1"]).exit_code == 0
    with Store(db) as store:
        rows = store.db.execute("SELECT source, duplicate_of FROM stories ORDER BY source").fetchall()
        recs = {Path(r["source"]).name: r for r in store.iter_records()}
    assert [(Path(s).name, d) for s, d in rows] == [("a.txt", None), ("b.txt", None)]
    assert recs["b.txt"]["duplicate_of"] is None and recs["b.txt"]["story_id"] != recs["a.txt"]["story_id"]


def test_real_syndicated_pairs():
    """../shared/syndicated: both stories carried by two sites are merged (one a light edit, one
    an independent rewrite of the release); none of the 15 hard negatives is."""
    base = need_shared("syndicated")
    arts = {Path(a.source).stem: a for a in read_paths([base / "articles"])}
    recs = {r.doc_id: r.to_dict() for r in extract_articles(arts.values())}
    rows = list(csv.DictReader(open(base / "pairs.tsv", encoding="utf-8"), delimiter="\t"))
    got = {}
    for row in rows:
        index = stories.MemoryIndex()
        for doc in (row["doc_a"], row["doc_b"]):
            story = stories.assign(index, doc, arts[doc].text, recs[doc])
        got[(row["doc_a"], row["doc_b"])] = "duplicate" if story.duplicate_of else "different"
    assert got == {(r["doc_a"], r["doc_b"]): r["label"] for r in rows}


def test_report_and_entities_count_each_story_once(tmp_path):
    """Three copies of one release and one other story: the entities table and the report's
    overview count two articles for Pupuk Kaltim, and all four with --count-duplicates."""
    _, db, runner = _ingest_folder(tmp_path, [("a.txt", RELEASE), ("b.txt", LIGHT_EDIT), ("c.txt", CUT_DOWN),
                                              ("d.txt", SAME_GIVER_OTHER_EVENT)])
    import pandas as pd

    def giver_articles(*flags):
        out = tmp_path / "e.csv"
        result = runner.invoke(app, ["entities", str(db), "-o", str(out), *flags])
        assert result.exit_code == 0, result.output
        table = pd.read_csv(out)
        return int(table.loc[table["id"] == "pupuk-kaltim", "as_giver"].iloc[0])

    assert giver_articles() == 2
    assert giver_articles("--count-duplicates") == 4
    html = tmp_path / "r.html"
    assert runner.invoke(app, ["report", str(db), "-o", str(html)]).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert "2 articles are a later copy of a story already counted" in page
    assert runner.invoke(app, ["report", str(db), "-o", str(html), "--count-duplicates"]).exit_code == 0
    assert "later copy of a story" not in html.read_text(encoding="utf-8")


def test_a_store_from_before_stories_gains_them_on_the_next_ingest(tmp_path):
    """A cron job's store made by the previous warta (schema 1, no stories tables) is migrated in
    place: nothing lost, and new articles get their story."""
    import sqlite3

    folder, db, runner = _ingest_folder(tmp_path, [("a.txt", RELEASE)])
    con = sqlite3.connect(db)
    con.executescript("DROP TABLE story_keys; DROP TABLE stories; "
                      "UPDATE meta SET value = '1' WHERE key = 'schema_version';")
    con.close()
    (folder / "b.txt").write_text(LIGHT_EDIT, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.count("records") == 2
        recs = {Path(r["source"]).name: r for r in store.iter_records()}
    assert recs["b.txt"]["story_id"] and recs["b.txt"]["duplicate_of"] is None  # a's fingerprint was never stored

"""Readers: each input format gives Articles with the right doc_id, text and metadata;
bad files give an Article with ``error`` set instead of stopping the batch."""
from __future__ import annotations

import importlib.util
import json

import pytest

from extract.inputs.sources import InputError, iter_paths, read_paths

TEXT = ("CILACAP – PT Pertamina Refinery Unit IV Cilacap menyalurkan bantuan senilai Rp200 juta "
        "kepada Kelompok Tani Sido Makmur di Desa Karangkandri, Selasa (18/11/2025).")


def test_sources_txt_utf8(tmp_path):
    (tmp_path / "a1.txt").write_text(TEXT, encoding="utf-8")
    [art] = read_paths([tmp_path])
    assert (art.doc_id, art.text, art.error, art.warnings) == ("a1", TEXT, None, [])


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "latin-1"])
def test_sources_txt_other_encodings_are_decoded_and_noted(tmp_path, encoding):
    text = "Bantuan untuk pengrajin batik di Desa Karangkandri, Cilacap: kain, pewarna, dan café lokal. " * 3
    (tmp_path / "b.txt").write_bytes(text.encode(encoding))
    [art] = read_paths([tmp_path / "b.txt"])
    assert art.error is None
    assert art.text.strip("\ufeff") == text
    if encoding != "utf-16":
        assert any("decoded as" in w for w in art.warnings)


def test_sources_html_main_text_title_and_date(tmp_path):
    html = f"""<html><head><title>Pertamina Bantu Petani</title>
    <meta property="article:published_time" content="2025-11-18T09:00:00+07:00"></head>
    <body><nav>Beranda | Ekonomi | Olahraga</nav><article><h1>Pertamina Bantu Petani</h1>
    <p>{TEXT}</p><p>Bantuan berupa bibit dan pupuk diterima langsung oleh ketua kelompok tani
    yang beranggotakan tiga puluh orang petani di desa tersebut.</p></article>
    <script>var tracking = 1;</script></body></html>"""
    (tmp_path / "berita.html").write_text(html, encoding="utf-8")
    [art] = read_paths([tmp_path])
    assert art.doc_id == "berita" and art.error is None
    assert "Rp200 juta" in art.text and "tracking" not in art.text and "Beranda" not in art.text
    assert art.title == "Pertamina Bantu Petani"
    assert art.published == "2025-11-18"


def test_sources_jsonl_ids_text_keys_and_broken_lines(tmp_path):
    lines = [json.dumps({"id": "x1", "text": TEXT, "url": "https://contoh.id/1", "published": "2025-11-18"}),
             "{not json",
             json.dumps({"content": "Isi berita kedua tentang UMKM binaan."}),
             json.dumps({"id": "x4", "title": "tanpa teks"})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    arts = list(read_paths([tmp_path / "feed.jsonl"]))
    assert [a.doc_id for a in arts] == ["x1", "feed-2", "feed-3", "x4"]
    assert arts[0].url == "https://contoh.id/1" and arts[0].published == "2025-11-18"
    assert arts[1].error.startswith("malformed JSON on line 2")
    assert arts[2].text.startswith("Isi berita") and arts[2].error is None
    assert "no text" in arts[3].error


def test_sources_json_list(tmp_path):
    (tmp_path / "dump.json").write_text(json.dumps([{"id": "a", "body": TEXT}, {"id": "b", "text": "Kedua."}]))
    assert [(a.doc_id, a.error) for a in read_paths([tmp_path])] == [("a", None), ("b", None)]


def test_sources_csv_text_column(tmp_path):
    path = tmp_path / "berita.csv"
    path.write_text('id,isi\nk1,"' + TEXT.replace('"', '""') + '"\nk2,Berita kedua\n', encoding="utf-8")
    [err] = read_paths([path])
    assert "no column 'text'" in err.error and "--text-column" in err.error
    arts = list(read_paths([path], text_column="isi"))
    assert [a.doc_id for a in arts] == ["k1", "k2"] and arts[0].text == TEXT


def test_sources_folders_recursive_sorted_and_unknown_suffixes_skipped(tmp_path):
    for name in ["b/2.txt", "b/1.txt", "a.txt", "c/d/e.jsonl", "notes.md", "img.png"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps({"text": "x"}) if name.endswith("jsonl") else "teks berita")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert names == ["a.txt", "b/1.txt", "b/2.txt", "c/d/e.jsonl"]


@pytest.mark.parametrize("name,data,reason", [
    ("kosong.txt", b"", "empty file"),
    ("spasi.txt", b"  \n\t ", "empty file"),
    ("gambar.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
    ("dok.html", b"%PDF-1.7\n" + bytes(range(256)), "binary"),
])
def test_sources_bad_files_give_error_articles(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    [art] = read_paths([tmp_path / name])
    assert art.doc_id == name.rsplit(".", 1)[0] and art.text == ""
    assert reason in art.error


def test_sources_size_limit(tmp_path):
    (tmp_path / "besar.txt").write_text("a" * 2000)
    [art] = read_paths([tmp_path], max_bytes=1000)
    assert "over the limit" in art.error


def test_sources_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(iter_paths([tmp_path / "tidak-ada"]))


def test_sources_symlink_loop_terminates(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("teks")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    assert [p.name for p in iter_paths([tmp_path])] == ["x.txt"]


# ---------------------------------------------------------------- URLs and WARC (issue #19)
def test_sources_file_url_reads_the_same_articles_as_the_local_path(tmp_path):
    pytest.importorskip("fsspec", reason="URLs need fsspec (the dask or s3 extra)")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "j1", "text": TEXT, "url": "https://x.example/1"}) + "\n",
                                      encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    local = list(read_paths([tmp_path]))
    remote = list(read_paths([f"file://{tmp_path}/"]))
    assert [a.source for a in remote] == [f"file://{tmp_path}/a.jsonl:1", f"file://{tmp_path}/sub/b.txt"]
    assert [(a.doc_id, a.text, a.url) for a in remote] == [(a.doc_id, a.text, a.url) for a in local]
    with pytest.raises(InputError):
        list(iter_paths([f"file://{tmp_path}/tidak-ada/"]))


def test_sources_url_size_limit_and_missing_filesystem(tmp_path):
    pytest.importorskip("fsspec", reason="URLs need fsspec (the dask or s3 extra)")
    (tmp_path / "big.txt").write_text(TEXT * 10, encoding="utf-8")
    [big] = read_paths([f"file://{tmp_path}/big.txt"], max_bytes=100)
    assert "over the limit of 100" in big.error
    if not importlib.util.find_spec("gcsfs"):  # not a test dependency: its absence is what is tested
        with pytest.raises(ImportError, match=r"pip install 'warta\[gcs\]'"):
            list(iter_paths(["gs://arsip-berita/2025/"]))


def test_sources_warc_html_responses_become_articles_the_rest_is_counted(tmp_path):
    pytest.importorskip("warcio", reason="WARC input needs the warc extra")
    from collections import Counter

    from tests.archive import corpus_texts, write_warc

    pages = corpus_texts(3)
    urls = write_warc(tmp_path / "crawl-00001.warc.gz", pages)
    write_warc(tmp_path / "crawl-00002.warc", pages[:1], gzip=False, skips=False)
    skipped = Counter()
    articles = list(read_paths([tmp_path], skipped=skipped))
    assert skipped == {"not HTML": 2, "not status 200": 1, "no article text": 1}  # PDF + robots.txt, 404, galeri
    assert [a.url for a in articles] == urls + urls[:1]
    assert [a.doc_id for a in articles][:2] == ["crawl-00001-3", "crawl-00001-13"]  # positions in the file
    assert articles[0].source == f"{tmp_path}/crawl-00001.warc.gz#3"
    assert all(a.error is None for a in articles)
    for article, (stem, text) in zip(articles, pages):
        first = next(line for line in text.split("\n") if line.strip())
        assert first.strip() in article.text  # the main text, nav and footer left out
        assert "Beranda" not in article.text and "Hak cipta" not in article.text
        assert article.title == stem.replace("_", " ")
    assert articles[-1].text == articles[0].text  # .warc and .warc.gz read alike


@pytest.mark.parametrize("data, reason", [
    (b"", "no HTTP responses"),
    (b"bukan arsip web sama sekali\n" * 5, "no HTTP responses"),
])
def test_sources_warc_broken_files_give_one_error_article(tmp_path, data, reason):
    pytest.importorskip("warcio", reason="WARC input needs the warc extra")
    (tmp_path / "rusak.warc").write_bytes(data)
    [article] = read_paths([tmp_path])
    assert article.doc_id == "rusak" and reason in article.error


def test_sources_warc_damaged_keeps_the_articles_before_the_damage(tmp_path):
    pytest.importorskip("warcio", reason="WARC input needs the warc extra")
    from tests.archive import corpus_texts, write_warc

    path = tmp_path / "crawl.warc"
    write_warc(path, corpus_texts(3), gzip=False, skips=False)
    path.write_bytes(path.read_bytes() + b"sampah di ujung berkas\n" * 3)
    articles = list(read_paths([path]))
    assert [a.error is None for a in articles] == [True, True, True, False]
    assert "unreadable after 3 articles: ArchiveLoadFailed" in articles[-1].error

"""A provincial dinas's branch office is named ``Cabang Dinas <field> Wilayah <area>`` (the regional apparatus
nomenclature, Permendagri 12/2017): ``Cabang`` is part of its name, not a unit word before it (pt4_012, sch_006,
sul_010). Negatives: a ``Cabang Dinas`` inside a longer written name, a bank's branch head, lower case."""
from __future__ import annotations

import pytest

from test_organizations import Case

CABANG_DINAS = [
    Case("Seleksi penerima dilakukan bersama Cabang Dinas Pendidikan Wilayah Lhokseumawe, yang merekomendasikan "
         "nama-nama siswa.", ["Cabang Dinas Pendidikan Wilayah Lhokseumawe"]),
    Case("Kegiatan turut dihadiri perwakilan Cabang Dinas Pendidikan Wilayah I Jawa Tengah.",
         ["Cabang Dinas Pendidikan Wilayah I Jawa Tengah"]),
    Case("Penyerahan disaksikan Kepala Cabang Dinas Pendidikan Wilayah V Sulawesi Tengah dan para kepala sekolah.",
         ["Cabang Dinas Pendidikan Wilayah V Sulawesi Tengah"]),
    Case("Bibit mangrove disiapkan Cabang Dinas Kehutanan Wilayah III Aceh bersama kelompok tani hutan.",
         ["Cabang Dinas Kehutanan Wilayah III Aceh"]),
    Case("Bank Sumut bekerja sama dengan Cabang Dinas Kelautan dan Perikanan Wilayah Utara menyalurkan jaring.",
         ["Bank Sumut", "Cabang Dinas Kelautan dan Perikanan Wilayah Utara"]),
    # negatives (the same before and after)
    Case("Penerima dipilih bersama Dinas Pendidikan Provinsi Sumatera Utara Cabang Dinas Wilayah Tapanuli Utara.",
         ["Dinas Pendidikan Provinsi Sumatera Utara Cabang Dinas Wilayah Tapanuli Utara"]),
    Case("Kepala Cabang Bank Aceh Syariah Lhokseumawe menyerahkan bantuan kepada Dinas Pendidikan Kota Lhokseumawe.",
         ["Bank Aceh Syariah Lhokseumawe", "Dinas Pendidikan Kota Lhokseumawe"]),
    Case("Pemimpin Kantor Cabang Martapura menyerahkan bantuan kepada Dinas Sosial Kabupaten Banjar.",
         ["Dinas Sosial Kabupaten Banjar"]),
    Case("Petugas dinas cabang itu mendata siswa penerima di Lhokseumawe.", []),
]


@pytest.mark.parametrize("case", CABANG_DINAS, ids=lambda c: c.text[:50])
def test_cabang_dinas_is_part_of_the_name(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names

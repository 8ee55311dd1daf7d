"""Build knowledge/my/dungun/lesen-perniagaan.docx (python-docx) and its sidecar.

Heading 1 = the title, Heading 2 = the sections, 'List Bullet' / 'List Number' lists and
one table. The loader (indexer/formats.py, extract_docx) turns 'Heading N' into N '#'s,
list styles into '- ' lines and table rows into 'a | b | c' lines.
"""

import docx
from docx.shared import Pt

from common import KNOWLEDGE, LAST_LINE, write_sidecar

OUT = KNOWLEDGE / "my" / "dungun" / "lesen-perniagaan.docx"
TITLE = "Lesen Perniagaan dan Premis Majlis Perbandaran Dungun"

# (heading, [blocks]); a block is a str, ("ul", items), ("ol", items) or ("table", rows)
SECTIONS = [
    (None, [
        "Setiap premis yang digunakan untuk berniaga, berdagang atau menawarkan "
        "perkhidmatan dalam kawasan Majlis Perbandaran Dungun (MPD) mesti mempunyai lesen "
        "yang sah. Ini termasuk kedai, restoran, bengkel, chalet dan homestay di Kuala "
        "Dungun, Paka, Bukit Besi, Kuala Abang dan kawasan pantai seperti Teluk Bidara. "
        "Lesen dikeluarkan oleh Jabatan Pelesenan MPD.",
    ]),
    ("Jenis Lesen", [
        ("ul", [
            "Lesen Premis Perniagaan: kedai runcit, kedai pakaian, kedai telefon dan "
            "perkhidmatan lain",
            "Lesen Premis Makanan: restoran, kedai makan, kafe dan gerai dalam bangunan",
            "Lesen Penginapan: chalet, homestay, rumah tumpangan dan inap desa",
            "Lesen Sementara: jualan atau pameran tidak melebihi 3 bulan",
        ]),
    ]),
    ("Dokumen Diperlukan", [
        ("ul", [
            "Salinan MyKad pemilik atau pengarah syarikat",
            "Salinan sijil pendaftaran SSM",
            "Perjanjian sewa premis atau salinan geran tanah",
            "Pelan lantai premis dan gambar hadapan serta dalam premis",
            "Sijil suntikan tifoid pekerja (premis makanan)",
            "Sokongan Jabatan Bomba dan Penyelamat (premis penginapan dan premis melebihi "
            "200 meter persegi)",
        ]),
    ]),
    ("Fi Lesen Tahunan", [
        ("table", [
            ["Jenis premis", "Keluasan", "Fi setahun"],
            ["Kedai runcit dan kedai am", "Sehingga 100 meter persegi", "RM80"],
            ["Kedai runcit dan kedai am", "Melebihi 100 meter persegi", "RM160"],
            ["Restoran dan kedai makan", "Sehingga 100 meter persegi", "RM120"],
            ["Restoran dan kedai makan", "Melebihi 100 meter persegi", "RM240"],
            ["Bengkel kenderaan", "Semua keluasan", "RM200"],
            ["Chalet dan homestay", "Setiap bilik", "RM15 sebilik"],
            ["Lesen sementara", "Semua keluasan", "RM30 sebulan"],
        ]),
        "Fi pemprosesan sebanyak RM10 dikenakan bagi setiap permohonan dan tidak "
        "dikembalikan walaupun permohonan ditolak.",
    ]),
    ("Cara Memohon", [
        ("ol", [
            "Daftar akaun dan isi borang permohonan dalam portal DungunNiaga.",
            "Muat naik semua dokumen dan bayar fi pemprosesan secara dalam talian.",
            "Tunggu tarikh pemeriksaan premis yang dimaklumkan melalui SMS.",
            "Bayar fi lesen selepas kelulusan dan cetak lesen daripada portal.",
        ]),
        "Pemohon yang tidak mempunyai akses internet boleh menghantar permohonan di "
        "Kaunter Pelesenan MPD.",
    ]),
    ("Pemeriksaan Premis", [
        "Pegawai MPD akan memeriksa premis dalam tempoh 7 hari bekerja selepas "
        "permohonan lengkap diterima. Premis makanan turut diperiksa oleh Pejabat "
        "Kesihatan Daerah Dungun. Premis penginapan mesti mempunyai alat pemadam api di "
        "setiap tingkat dan pelan laluan kecemasan di setiap bilik.",
    ]),
    ("Tempoh Proses", [
        "Lesen biasa dikeluarkan dalam tempoh 25 hari bekerja selepas permohonan lengkap. "
        "Premis berisiko rendah seperti kedai runcit dan kedai pakaian yang tidak "
        "melebihi 100 meter persegi layak untuk Lesen Segera, yang dikeluarkan dalam "
        "1 hari bekerja tanpa pemeriksaan awal; pemeriksaan dibuat kemudian.",
    ]),
    ("Pembaharuan Lesen", [
        "Semua lesen tahunan tamat pada 31 Disember. Pembaharuan mesti dibuat sebelum "
        "31 Mac tahun berikutnya melalui portal DungunNiaga. Pembaharuan selepas tarikh "
        "itu dikenakan caj lewat RM5 bagi setiap bulan lewat. Lesen yang tidak "
        "diperbaharui selama 6 bulan dibatalkan dan permohonan baharu perlu dibuat.",
    ]),
    ("Berniaga Tanpa Lesen", [
        "Berniaga tanpa lesen yang sah ialah kesalahan di bawah Undang-Undang Kecil "
        "Pelesenan Tred, Perniagaan dan Perindustrian MPD.",
        ("ul", [
            "Kesalahan pertama: kompaun RM400",
            "Kesalahan kedua: kompaun RM800",
            "Kesalahan berulang: premis boleh ditutup dan barang disita",
        ]),
    ]),
    ("Kaunter dan Waktu Operasi", [
        "Kaunter Pelesenan, Aras 1, Bangunan Majlis Perbandaran Dungun, Jalan Nibong 3, "
        "23000 Kuala Dungun.",
        ("ul", [
            "Ahad hingga Rabu: 8.00 pagi hingga 4.00 petang",
            "Khamis: 8.00 pagi hingga 3.00 petang",
            "Jumaat, Sabtu dan cuti umum: tutup",
        ]),
        "Telefon 09-848 3316. E-mel lesen@mpdungun.example.invalid.",
    ]),
    ("Soalan Lazim", [
        "Saya berniaga dalam talian dari rumah. Perlu lesen premis?",
        "Tidak, jika tiada pelanggan datang ke rumah dan tiada stok disimpan untuk jualan "
        "runcit. Jika pelanggan datang mengambil barang, lesen premis perniagaan "
        "diperlukan.",
        "Saya hendak menukar nama kedai. Perlu mohon lesen baharu?",
        "Tidak. Hantar permohonan pindaan dalam portal DungunNiaga dengan fi RM20.",
        "Boleh saya mula berniaga sementara menunggu lesen?",
        "Tidak, kecuali premis yang telah menerima Lesen Segera.",
        LAST_LINE,
    ]),
]


def main() -> None:
    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = "Majlis Perbandaran Dungun"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(TITLE, level=1)
    for heading, blocks in SECTIONS:
        if heading:
            document.add_heading(heading, level=2)
        for block in blocks:
            if isinstance(block, str):
                document.add_paragraph(block)
            elif block[0] in ("ul", "ol"):
                style = "List Bullet" if block[0] == "ul" else "List Number"
                for item in block[1]:
                    document.add_paragraph(item, style=style)
            else:
                rows = block[1]
                table = document.add_table(rows=len(rows), cols=len(rows[0]))
                table.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, value in enumerate(row):
                        cell = table.cell(r, c)
                        cell.text = value
                        if r == 0:
                            for run in cell.paragraphs[0].runs:
                                run.bold = True
    document.save(str(OUT))
    write_sidecar(OUT, title=TITLE, region="Dungun, Terengganu",
                  agency="Majlis Perbandaran Dungun (MPD)",
                  source="https://example.invalid/mpd/lesen-perniagaan",
                  updated="2026-02-03")
    print("wrote", OUT)


if __name__ == "__main__":
    main()

"""Metadata of the 12 evaluation documents; each body is written in build/src/<src>.md."""

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."

PD = "Port Dickson, Negeri Sembilan"
KT = "Kota Tinggi, Johor"
SA = "Sri Aman, Sarawak"
MY = "Seluruh Malaysia"
MPPD = "Majlis Perbandaran Port Dickson (MPPD)"
MDKT = "Majlis Daerah Kota Tinggi (MDKT)"
MDSA = "Majlis Daerah Sri Aman (MDSA)"

DOCS = [
    dict(path="my/nasional/mykad-kad-pengenalan.md", src="mykad", fmt="md", table=True,
         title="MyKad: Permohonan Kali Pertama, Penggantian dan Pertukaran Alamat",
         region=MY, agency="Jabatan Pendaftaran Negara (JPN)",
         source="https://example.invalid/jpn/mykad", updated="2026-01-19",
         service="Kad pengenalan MyKad"),
    dict(path="my/nasional/cukai-pendapatan-efiling.md", src="cukai-pendapatan", fmt="md",
         table=False,
         title="Borang Nyata Cukai Pendapatan Individu dan e-Filing",
         region=MY, agency="Lembaga Hasil Dalam Negeri Malaysia (LHDNM)",
         source="https://example.invalid/lhdn/efiling-individu", updated="2026-02-03",
         service="Cukai pendapatan individu (e-Filing)"),
    dict(path="my/port-dickson/cukai-taksiran.md", src="cukai-taksiran", fmt="md", table=True,
         title="Cukai Taksiran Pegangan Majlis Perbandaran Port Dickson",
         region=PD, agency=MPPD,
         source="https://example.invalid/mppd/cukai-taksiran", updated="2026-01-07",
         service="Cukai taksiran"),
    dict(path="my/port-dickson/lesen-penjaja.pdf", src="lesen-penjaja", fmt="pdf", table=False,
         title="Lesen Penjaja Statik, Bergerak dan Sementara",
         region=PD, agency=MPPD,
         source="https://example.invalid/mppd/lesen-penjaja", updated="2026-03-11",
         service="Lesen penjaja"),
    dict(path="my/port-dickson/sewa-dewan.html", src="sewa-dewan", fmt="html", table=True,
         title="Sewaan Dewan Orang Ramai MPPD",
         region=PD, agency=MPPD,
         source="https://example.invalid/mppd/sewaan-dewan", updated="2026-02-20",
         service="Sewaan dewan"),
    dict(path="my/port-dickson/kutipan-sampah.md", src="kutipan-sampah", fmt="md", table=False,
         title="Jadual Kutipan Sampah dan Sisa Pukal di Port Dickson",
         region=PD,
         agency="Perbadanan Pengurusan Sisa Pepejal dan Pembersihan Awam (SWCorp) Negeri Sembilan",
         source="https://example.invalid/swcorp/n9/port-dickson", updated="2026-01-28",
         service="Kutipan sampah dan sisa pukal"),
    dict(path="my/kota-tinggi/sewa-gerai-pasar.docx", src="sewa-gerai", fmt="docx", table=True,
         title="Sewaan Gerai dan Petak Pasar Awam Majlis Daerah Kota Tinggi",
         region=KT, agency=MDKT,
         source="https://example.invalid/mdkt/sewaan-gerai", updated="2026-03-02",
         service="Sewaan gerai / petak pasar"),
    dict(path="my/kota-tinggi/permit-iklan.md", src="permit-iklan", fmt="md", table=False,
         title="Permit Iklan, Papan Tanda dan Kain Rentang",
         region=KT, agency=MDKT,
         source="https://example.invalid/mdkt/permit-iklan", updated="2026-02-12",
         service="Permit iklan dan kain rentang"),
    dict(path="my/kota-tinggi/letak-kereta.md", src="letak-kereta", fmt="md", table=False,
         title="Letak Kereta Berbayar, Pas Bulanan dan Kompaun",
         region=KT, agency=MDKT,
         source="https://example.invalid/mdkt/letak-kereta", updated="2026-01-15",
         service="Letak kereta berbayar dan kompaun"),
    dict(path="my/sri-aman/pelan-bangunan.md", src="pelan-bangunan", fmt="md", table=False,
         title="Kelulusan Pelan Bangunan dan Permit Kerja Kecil",
         region=SA, agency=MDSA,
         source="https://example.invalid/mdsa/pelan-bangunan", updated="2026-02-25",
         service="Kelulusan pelan bangunan"),
    dict(path="my/sri-aman/lesen-anjing.html", src="lesen-anjing", fmt="html", table=False,
         title="Lesen Anjing Majlis Daerah Sri Aman",
         region=SA, agency=MDSA,
         source="https://example.invalid/mdsa/lesen-anjing", updated="2026-01-09",
         service="Lesen anjing"),
    dict(path="my/sri-aman/kawalan-denggi.md", src="kawalan-denggi", fmt="md", table=False,
         title="Kawalan Denggi dan Aduan Pembiakan Nyamuk Aedes",
         region=SA, agency=MDSA,
         source="https://example.invalid/mdsa/kawalan-denggi", updated="2026-03-06",
         service="Kawalan denggi"),
]

# text of the HTML pages' menus and footers: must not reach the loaded text
HTML_CHROME = {
    "MPPD": dict(site="Portal Rasmi Majlis Perbandaran Port Dickson",
                 nav=["Laman Utama", "Profil Majlis", "Direktori Pegawai", "Tender & Sebut Harga",
                      "Galeri Media"],
                 footer="Hak Cipta Terpelihara 2026 Majlis Perbandaran Port Dickson. "
                        "Penafian | Dasar Privasi | Peta Laman | Jumlah pelawat: 1,204,883"),
    "MDSA": dict(site="Portal Rasmi Majlis Daerah Sri Aman",
                 nav=["Laman Utama", "Mengenai Kami", "Direktori Pegawai", "Sebut Harga",
                      "Pengumuman"],
                 footer="Hak Cipta Terpelihara 2026 Majlis Daerah Sri Aman. "
                        "Penafian | Dasar Keselamatan | Peta Laman | Jumlah pelawat: 388,120"),
}

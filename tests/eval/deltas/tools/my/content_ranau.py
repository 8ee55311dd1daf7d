"""Ranau (Majlis Daerah Ranau): three local services. Figures are invented."""

from content_national import END, NOTE

AGENCY = "Majlis Daerah Ranau (MDR)"
REGION = "Ranau, Sabah"


def meta(title, slug, updated):
    return {"title": title, "lang": "ms", "country": "MY", "region": REGION,
            "agency": AGENCY, "source": f"https://www.mdranau.example.invalid/{slug}",
            "updated": updated, "note": NOTE}


LESEN = {
    "path": "my/ranau/lesen-perniagaan.html",
    "format": "html",
    "site": "ranau",
    "meta": meta("Lesen Perniagaan dan Premis, Majlis Daerah Ranau", "lesen/perniagaan",
                 "2026-02-10"),
    "intro": [
        "Setiap premis perniagaan dalam kawasan Majlis Daerah Ranau, termasuk di Pekan Ranau, "
        "Kundasang dan Mesilau, perlu memiliki lesen perniagaan yang sah sebelum mula "
        "beroperasi. Halaman ini menerangkan jenis lesen, persyaratan, fi dan tempoh proses.",
    ],
    "sections": [
        ("Jenis Lesen", [
            ("ul", [
                "Lesen Perniagaan Am: kedai runcit, kedai pakaian, kedai cenderamata, bengkel "
                "dan pejabat.",
                "Lesen Premis Makanan: restoran, kedai kopi, gerai makan dalam premis dan kafe.",
                "Lesen Homestay dan Rumah Tumpangan: rumah inap, chalet dan rumah tumpangan "
                "untuk pelancong.",
            ]),
        ]),
        ("Persyaratan", [
            ("ul", [
                "Perniagaan telah didaftarkan dengan SSM atau mempunyai lesen perniagaan "
                "daripada Pejabat Daerah.",
                "Premis mempunyai kelulusan bangunan atau Sijil Layak Menduduki.",
                "Premis makanan: semua pekerja telah menerima suntikan anti-tifoid.",
                "Homestay dan rumah tumpangan: alat pemadam api dan pelan laluan kecemasan "
                "dipasang di setiap tingkat.",
            ]),
        ]),
        ("Dokumen Diperlukan", [
            ("ul", [
                "Borang Permohonan Lesen MDR-L2",
                "Salinan MyKad pemilik dan sijil pendaftaran perniagaan",
                "Perjanjian sewa premis atau bukti pemilikan",
                "Pelan lantai ringkas premis",
                "Gambar bahagian hadapan dan dalam premis",
                "Sijil Perakuan Bomba (rumah tumpangan dan chalet lebih 5 bilik)",
            ]),
        ]),
        ("Proses Permohonan", [
            ("ol", [
                "Serahkan borang dan dokumen di Kaunter Pelesenan atau melalui e-mel.",
                "Pegawai Majlis membuat pemeriksaan premis bersama Jabatan Kesihatan bagi premis "
                "makanan.",
                "Lesen diluluskan dan notis bayaran dikeluarkan.",
                "Bayar fi dan ambil lesen untuk dipamerkan di premis.",
            ]),
        ]),
        ("Fi Lesen Tahunan", [
            ("table", ["Jenis Perniagaan", "Fi Setahun"], [
                ["Kedai runcit dan perniagaan am (bawah 50 meter persegi)", "RM 60"],
                ["Perniagaan am (50 meter persegi dan ke atas)", "RM 120"],
                ["Restoran dan kedai kopi", "RM 150"],
                ["Homestay (1 hingga 5 bilik)", "RM 100"],
                ["Rumah tumpangan dan chalet (lebih 5 bilik)", "RM 250"],
            ]),
            ("p", "Fi papan tanda perniagaan yang dipasang di dinding premis sudah termasuk dalam "
                  "fi lesen."),
        ]),
        ("Tempoh Proses", [
            ("p", "Permohonan lengkap diproses dalam tempoh 14 hari bekerja. Premis makanan "
                  "mungkin mengambil masa lebih lama jika pemeriksaan kesihatan perlu diulang. "
                  "Pemohon yang memerlukan lesen segera boleh memohon lesen sementara yang sah "
                  "selama 3 bulan. Lesen sementara tidak boleh dilanjutkan dan lesen penuh mesti "
                  "diperoleh sebelum tempoh itu tamat."),
        ]),
        ("Pembaharuan dan Denda Lewat", [
            ("p", "Lesen sah sehingga 31 Disember setiap tahun. Pembaharuan boleh dibuat mulai "
                  "1 November dan mesti diselesaikan sebelum 31 Januari. Pembaharuan selepas "
                  "tarikh itu dikenakan denda lewat 20% daripada fi lesen."),
        ]),
        ("Penalti", [
            ("p", "Menjalankan perniagaan tanpa lesen boleh dikenakan kompaun sehingga RM 500 "
                  "dan premis boleh diarah ditutup. Pemindahan lesen kepada pemilik lain tanpa "
                  "kebenaran Majlis juga merupakan satu kesalahan."),
        ]),
        ("Tidak Termasuk", [
            ("p", "Perkhidmatan ini tidak termasuk lesen minuman keras, lesen penjaja tamu dan "
                  "pendaftaran homestay dengan kementerian pelancongan."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya menyewakan bilik di rumah sendiri kepada pelancong. Perlukah lesen?",
                 "Ya. Menyewakan bilik kepada pelancong memerlukan Lesen Homestay walaupun hanya "
                 "satu bilik."),
                ("Bolehkah satu lesen digunakan untuk dua kedai?",
                 "Tidak. Setiap premis memerlukan lesen sendiri."),
                ("Bolehkah saya membayar fi lesen secara dalam talian?",
                 "Boleh, melalui portal eBayar MDR dengan FPX selepas notis bayaran diterima."),
            ]),
        ]),
        ("Waktu Pejabat dan Alamat", [
            ("p", "Kaunter Pelesenan, Tingkat 1, Bangunan Pentadbiran MDR, Jalan Kinabalu Lama, "
                  "89300 Ranau, Sabah. Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang. Pada "
                  "hari Jumaat, waktu rehat ialah 11.30 pagi hingga 2.00 petang."),
            ("p", "Telefon: 088-876 102. E-mel: pelesenan@mdranau.example.invalid."),
            ("p", END),
        ]),
    ],
}

SAMPAH = {
    "path": "my/ranau/kutipan-sampah.md",
    "format": "md",
    "faq_style": "h3",
    "meta": meta("Kutipan Sampah Rumah dan Sampah Pukal di Daerah Ranau", "sampah",
                 "2026-01-30"),
    "intro": [
        "Majlis Daerah Ranau mengutip sampah rumah, sampah premis perniagaan dan sampah pukal "
        "di kawasan pekan, taman perumahan dan kampung yang dilalui laluan lori Majlis.",
    ],
    "sections": [
        ("Kawasan Perkhidmatan", [
            ("p", "Kutipan dibuat di Pekan Ranau, Kundasang, Bundu Tuhan dan Mesilau. Kampung di "
                  "luar laluan lori boleh meletakkan sampah di tong pukal berpusat yang "
                  "disediakan di tepi jalan utama."),
        ]),
        ("Jadual Kutipan", [
            ("table", ["Kawasan", "Hari Kutipan", "Masa"], [
                ["Pekan Ranau (kedai dan pasar)", "Setiap hari", "6.00 pagi hingga 10.00 pagi"],
                ["Taman perumahan Pekan Ranau", "Isnin, Rabu, Jumaat",
                 "7.00 pagi hingga 12.00 tengah hari"],
                ["Kundasang", "Selasa, Khamis, Sabtu", "7.00 pagi hingga 12.00 tengah hari"],
                ["Bundu Tuhan dan Mesilau", "Rabu dan Sabtu", "8.00 pagi hingga 1.00 petang"],
            ]),
            ("p", "Jadual boleh berubah pada musim perayaan. Perubahan diumumkan di laman Facebook "
                  "Majlis dan papan notis pasar."),
        ]),
        ("Cara Menyediakan Sampah", [
            ("ul", [
                "Masukkan sampah dalam beg plastik yang diikat kemas.",
                "Letakkan tong di hadapan rumah sebelum 7.00 pagi pada hari kutipan.",
                "Asingkan botol kaca dan benda tajam dalam kotak berlabel.",
                "Jangan masukkan abu panas atau cecair ke dalam tong.",
            ]),
        ]),
        ("Sampah Pukal", [
            ("p", "Perabot lama, tilam, peti sejuk dan barangan elektrik dikutip secara percuma "
                  "pada Sabtu kedua setiap bulan. Penduduk perlu mendaftar melalui telefon atau "
                  "WhatsApp sekurang-kurangnya 2 hari bekerja sebelum tarikh kutipan. Barangan mesti "
                  "diletakkan di luar pagar sebelum 7.00 pagi pada hari kutipan."),
            ("p", "Kutipan segera di luar jadual boleh diminta dengan caj RM 30 bagi setiap trip "
                  "lori, maksimum lima barang."),
        ]),
        ("Sisa Kebun", [
            ("p", "Dahan dan daun hasil cantasan mesti diikat dengan panjang tidak melebihi 1 "
                  "meter dan diletakkan di tepi pagar. Sisa kebun dikutip setiap hari Khamis di "
                  "semua kawasan."),
        ]),
        ("Caj dan Tong Sampah", [
            ("p", "Kutipan sampah rumah sudah termasuk dalam cukai taksiran. Premis perniagaan "
                  "dikenakan caj tambahan RM 25 sebulan. Tong sampah beroda 120 liter boleh dibeli "
                  "di Kaunter Hasil MDR dengan harga RM 95."),
        ]),
        ("Tapak Pelupusan", [
            ("p", "Penduduk boleh membawa sendiri sampah ke Tapak Pelupusan Ranau di Jalan "
                  "Tambunan Lama, dibuka Isnin hingga Sabtu, 8.00 pagi hingga 4.00 petang. Caj "
                  "masuk ialah RM 10 bagi setiap lori kecil atau pikap."),
        ]),
        ("Bahan Yang Tidak Dikutip", [
            ("p", "Perkhidmatan ini tidak termasuk sisa binaan, tayar terpakai, bangkai haiwan "
                  "besar dan sisa kimia atau sisa terjadual. Sisa tersebut mesti diurus sendiri "
                  "oleh pemilik melalui syarikat berlesen."),
        ]),
        ("Kesalahan dan Kompaun", [
            ("p", "Membuang sampah di tepi jalan, sungai atau tanah kosong boleh dikenakan "
                  "kompaun sehingga RM 300. Membakar sampah secara terbuka juga dilarang dan boleh "
                  "dikenakan kompaun sehingga RM 500."),
        ]),
        ("Pertanyaan Umum", [
            ("faq", [
                ("Sampah rumah saya tidak dikutip. Apa perlu dibuat?",
                 "Laporkan kepada Unit Kebersihan dalam tempoh 24 jam. Kutipan susulan dibuat "
                 "pada hari bekerja berikutnya."),
                ("Bolehkah saya meletakkan sampah pada hari bukan kutipan?",
                 "Tidak digalakkan kerana sampah akan diselongkar anjing dan burung. Simpan "
                 "sampah sehingga hari kutipan."),
                ("Adakah Majlis mengutip barang kitar semula?",
                 "Barang kitar semula boleh dihantar ke Pusat Kitar Semula di Pasar Besar Ranau "
                 "setiap Sabtu."),
            ]),
        ]),
        ("Hubungi Unit Kebersihan", [
            ("p", "Unit Kebersihan dan Kesihatan, Majlis Daerah Ranau, Jalan Kinabalu Lama, 89300 "
                  "Ranau. Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang. Telefon dan "
                  "WhatsApp: 088-876 214. E-mel: kebersihan@mdranau.example.invalid."),
            ("p", END),
        ]),
    ],
}

TAMU = {
    "path": "my/ranau/petak-tamu.md",
    "format": "md",
    "faq_style": "bold",
    "meta": meta("Sewaan Petak Tamu Mingguan di Pekan Ranau dan Kundasang", "tamu",
                 "2026-03-05"),
    "intro": [
        "Tamu ialah pasar mingguan tradisional tempat petani dan peniaga kecil menjual hasil "
        "tani, makanan dan kraf tangan. Majlis Daerah Ranau mengurus petak jualan di tamu "
        "mingguan dan menyewakannya kepada peniaga yang layak.",
    ],
    "sections": [
        ("Lokasi dan Hari Tamu", [
            ("ul", [
                "Tamu Pekan Ranau: setiap Sabtu, di tapak letak kereta Pasar Besar Ranau.",
                "Tamu Kundasang: setiap Ahad, di dataran Pekan Kundasang.",
                "Tamu Bundu Tuhan: Ahad pertama setiap bulan, di padang kampung.",
            ]),
        ]),
        ("Siapa Layak", [
            ("p", "Penduduk Daerah Ranau berumur 18 tahun ke atas. Keutamaan diberi kepada petani, "
                  "penternak dan pengusaha kraf tangan tempatan. Peniaga dari daerah lain boleh "
                  "memohon petak harian jika masih ada petak kosong. Setiap pemohon hanya boleh "
                  "memegang satu petak tetap di setiap tamu."),
        ]),
        ("Jenis Petak dan Kadar Sewa", [
            ("ul", [
                "Petak terbuka (2 meter x 2 meter): RM 3 setiap hari tamu",
                "Petak berbumbung: RM 6 setiap hari tamu",
                "Petak kenderaan (berjual dari pikap atau lori): RM 10 setiap hari tamu",
                "Petak harian untuk peniaga luar daerah: RM 8 setiap hari tamu",
            ]),
            ("p", "Sewa dibayar kepada pegawai pemungut Majlis pada hari tamu dan resit mesti "
                  "disimpan untuk pemeriksaan."),
        ]),
        ("Dokumen Yang Diperlukan", [
            ("ul", [
                "Borang Permohonan Petak Tamu MDR-T1",
                "Salinan MyKad",
                "Satu keping gambar berukuran pasport",
                "Kad Petani atau surat pengesahan Ketua Kampung (jika ada)",
                "Sijil Kursus Pengendali Makanan bagi penjual makanan siap",
            ]),
        ]),
        ("Cara Memohon", [
            ("p", "Borang boleh diambil dan diserahkan di Unit Pasar dan Tamu, Pasar Besar Ranau. "
                  "Petak tetap diagihkan melalui undian yang diadakan dua kali setahun, iaitu "
                  "pada bulan Jun dan Disember. Pemohon yang tidak berjaya dimasukkan dalam "
                  "senarai menunggu dan akan dihubungi apabila ada petak kosong. Keputusan undian "
                  "dipamerkan di papan notis Pasar Besar Ranau dalam tempoh 7 hari selepas "
                  "undian."),
        ]),
        ("Waktu Operasi", [
            ("p", "Tamu dibuka dari 6.00 pagi hingga 1.00 tengah hari. Peniaga boleh masuk dan "
                  "memasang gerai mulai 5.00 pagi. Semua petak mesti dikosongkan dan dibersihkan "
                  "sebelum 2.00 petang. Tamu Bundu Tuhan pula dibuka dari 7.00 pagi hingga 12.00 "
                  "tengah hari."),
        ]),
        ("Peraturan Peniaga", [
            ("ul", [
                "Dilarang menjual hidupan liar dan tumbuhan yang dilindungi.",
                "Haiwan hidup hanya dibenarkan bagi ayam dan itik dalam sangkar.",
                "Payung dan khemah mesti berada dalam garisan petak.",
                "Sampah mesti dimasukkan ke dalam tong yang disediakan.",
            ]),
        ]),
        ("Pembatalan Petak", [
            ("p", "Petak tetap akan ditarik balik jika peniaga tidak hadir 4 tamu berturut-turut "
                  "tanpa makluman, menyewakan petak kepada orang lain atau melanggar peraturan "
                  "selepas dua amaran bertulis."),
            ("p", "Halaman ini tidak termasuk sewaan gerai harian di dalam Pasar Besar Ranau dan "
                  "sewaan kedai Majlis."),
        ]),
        ("Soalan Kerap Ditanya", [
            ("faq", [
                ("Bolehkah saya bercuti daripada berniaga di tamu?",
                 "Boleh, dengan memaklumkan Unit Pasar dan Tamu secara bertulis. Cuti maksimum "
                 "ialah dua bulan setahun."),
                ("Bolehkah petak tetap diwarisi?",
                 "Petak boleh dipindahkan kepada suami, isteri atau anak pemegang asal yang "
                 "meninggal dunia, tertakluk kepada kelulusan Majlis."),
                ("Adakah tamu dibuka jika hujan lebat?",
                 "Ya, kecuali Majlis mengumumkan penutupan atas sebab keselamatan."),
            ]),
        ]),
        ("Hubungi Unit Pasar dan Tamu", [
            ("p", "Unit Pasar dan Tamu, Tingkat 1, Pasar Besar Ranau, 89300 Ranau, Sabah. Isnin "
                  "hingga Jumaat, 8.00 pagi hingga 5.00 petang, serta Sabtu dan Ahad di tapak "
                  "tamu, 6.00 pagi hingga 12.00 tengah hari. Telefon: 088-876 330. E-mel: "
                  "tamu@mdranau.example.invalid."),
            ("p", END),
        ]),
    ],
}

DOCS = [LESEN, SAMPAH, TAMU]

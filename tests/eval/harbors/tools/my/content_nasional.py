"""National documents (Seluruh Malaysia): passport and EPF/KWSP withdrawals.

Block types: str = paragraph; list = bullet list; {"table": rows} (first row = header);
("faq", [(question, answer), ...]).
"""

LAST = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."

PASPORT = {
    "path": "my/nasional/pasport-malaysia.md",
    "fmt": "md",
    "title": "Pasport Antarabangsa Malaysia: Pembaharuan, Kehilangan dan Kerosakan",
    "region": "Seluruh Malaysia",
    "agency": "Jabatan Imigresen Malaysia",
    "source": "https://example.invalid/imigresen/pasport-antarabangsa",
    "updated": "2026-02-16",
    "service": "Pasport (pembaharuan, hilang, rosak, bayaran)",
    "sections": [
        ("Mengenai pasport antarabangsa Malaysia", [
            "Pasport Antarabangsa Malaysia dikeluarkan oleh Jabatan Imigresen Malaysia kepada "
            "warganegara untuk tujuan perjalanan ke luar negara. Pasport ini sah selama lima tahun "
            "dari tarikh dikeluarkan dan mengandungi cip biometrik yang menyimpan gambar serta cap "
            "jari pemegang. Halaman ini menerangkan cara memperbaharui pasport, tindakan yang perlu "
            "diambil jika pasport hilang atau rosak, serta kadar bayaran yang dikenakan.",
        ]),
        ("Siapa yang layak memohon", [
            [
                "Warganegara Malaysia yang memiliki MyKad atau MyKid yang sah.",
                "Kanak-kanak di bawah umur 18 tahun dengan kebenaran ibu, bapa atau penjaga sah.",
                "Rakyat Malaysia yang berada di luar negara melalui Kedutaan atau Pesuruhjaya "
                "Tinggi Malaysia yang berhampiran.",
            ],
            "Pemohon yang disenaraikan dalam senarai larangan perjalanan, misalnya kerana "
            "tunggakan pinjaman pendidikan atau cukai pendapatan, perlu menyelesaikan status "
            "tersebut dengan agensi berkenaan sebelum permohonan diproses.",
        ]),
        ("Dokumen yang perlu dibawa", [
            [
                "MyKad asal, atau MyKid dan sijil kelahiran bagi kanak-kanak.",
                "Pasport lama, sekiranya masih dalam simpanan.",
                "Laporan polis asal bagi kes pasport hilang.",
                "Surat kebenaran ibu atau bapa serta salinan MyKad mereka bagi pemohon bawah 18 tahun.",
                "Kad OKU yang dikeluarkan oleh Jabatan Kebajikan Masyarakat bagi permohonan "
                "pengecualian bayaran.",
            ],
            "Gambar pemohon diambil terus di kaunter. Pemohon tidak perlu membawa gambar sendiri.",
        ]),
        ("Kadar bayaran pasport", [
            "Bayaran berikut dikenakan bagi setiap pasport dengan tempoh sah lima tahun.",
            {"table": [
                ["Kategori pemohon", "Bayaran"],
                ["Dewasa (13 hingga 59 tahun)", "RM210"],
                ["Warga emas 60 tahun ke atas", "RM105"],
                ["Kanak-kanak bawah 13 tahun", "RM105"],
                ["Pelajar sepenuh masa di luar negara bawah 21 tahun", "RM105"],
                ["Jemaah haji dengan surat Lembaga Tabung Haji", "RM105"],
                ["Orang Kurang Upaya (kad OKU JKM)", "Percuma"],
            ]},
            "Bayaran boleh dibuat secara tunai, kad debit, kad kredit atau e-dompet di kaunter. "
            "Caj tambahan bagi pasport hilang atau rosak diterangkan di bawah.",
        ]),
        ("Pembaharuan secara dalam talian", [
            "Pembaharuan pasport boleh dibuat melalui portal MyPasport Segera di "
            "https://example.invalid/mypasport-segera bagi pemohon dewasa berumur 18 hingga 59 "
            "tahun yang pasportnya masih sah atau telah tamat tempoh tidak lebih daripada 12 bulan. "
            "Pemohon perlu memuat naik gambar berlatar belakang putih bersaiz 35 mm x 50 mm, "
            "membuat bayaran dalam talian dan memilih pejabat imigresen untuk mengambil pasport.",
            "Pasport perlu diambil sendiri dalam tempoh 30 hari dari tarikh notifikasi SMS. "
            "Permohonan yang tidak dituntut dalam tempoh itu akan dibatalkan dan bayaran tidak "
            "akan dikembalikan.",
        ]),
        ("Pasport hilang atau rosak", [
            "Jika pasport hilang, buat laporan polis dengan segera dan isi Borang Akuan Kehilangan "
            "IM-PH3 di kaunter imigresen. Pasport dianggap rosak jika halamannya koyak, terkena "
            "air, cipnya tidak boleh dibaca atau butirannya telah diubah; bawa pasport yang rosak "
            "itu ke kaunter. Gantian pasport hilang atau rosak tidak boleh dipohon dalam talian.",
            [
                "Hilang kali pertama: RM210 dan caj tambahan RM300.",
                "Hilang kali kedua dalam tempoh lima tahun: RM210 dan caj tambahan RM600.",
                "Hilang kali ketiga atau lebih: RM210 dan caj tambahan RM1,200; permohonan "
                "dirujuk ke Ibu Pejabat Imigresen di Putrajaya.",
                "Pasport rosak: RM210 dan caj tambahan RM200.",
            ],
        ]),
        ("Tempoh memproses", [
            [
                "Pembaharuan di kaunter: siap dalam tempoh 2 jam pada hari yang sama.",
                "Pembaharuan dalam talian: pasport sedia untuk diambil dalam 3 hari bekerja.",
                "Pasport hilang atau rosak: sehingga 14 hari bekerja kerana siasatan perlu dibuat.",
                "Pemohon di luar negara: 4 hingga 6 minggu bergantung kepada perwakilan Malaysia.",
            ],
        ]),
        ("Kaunter dan waktu operasi", [
            "Permohonan boleh dibuat di mana-mana Pejabat Imigresen negeri dan cawangan serta di "
            "kaunter Imigresen di UTC yang terpilih. Pejabat Imigresen dibuka pada hari bekerja "
            "negeri masing-masing dari 7.30 pagi hingga 5.30 petang. Kaunter di UTC dibuka setiap "
            "hari dari 8.30 pagi hingga 9.00 malam. Nombor giliran terakhir dikeluarkan satu jam "
            "sebelum kaunter ditutup.",
        ]),
        ("Penalti dan caj lain", [
            [
                "Mengubah butiran pasport atau menggunakan pasport orang lain ialah kesalahan "
                "di bawah Akta Pasport 1966.",
                "Caj penghantaran pasport ke alamat rumah bagi permohonan dalam talian: RM15 (pilihan).",
                "Caj pindaan butiran selepas pasport dicetak: RM50.",
            ],
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Bolehkah saudara saya mengambil pasport bagi pihak saya?",
                 "Tidak. Pemohon dewasa mesti hadir sendiri untuk pengesahan cap jari. Pasport "
                 "kanak-kanak bawah 13 tahun boleh diambil oleh ibu atau bapa."),
                ("Bolehkah saya memperbaharui pasport yang masih lama tempoh sahnya?",
                 "Boleh. Pasport boleh diperbaharui pada bila-bila masa, tetapi baki tempoh "
                 "pasport lama tidak dibawa ke pasport baharu."),
                ("Pasport saya hilang semasa di luar negara. Apa yang perlu dibuat?",
                 "Buat laporan polis tempatan dan hubungi kedutaan Malaysia. Anda akan diberikan "
                 "Dokumen Perjalanan Sementara (DPS) untuk pulang ke Malaysia dengan bayaran RM100."),
            ]),
        ]),
        ("Hubungi kami", [
            [
                "Pusat Panggilan Imigresen: 03-8000 7126 (Isnin hingga Jumaat, 8.00 pagi hingga "
                "5.00 petang)",
                "E-mel: pasport@example.invalid",
                "Portal: https://example.invalid/imigresen",
            ],
            LAST,
        ]),
    ],
}

KWSP = {
    "path": "my/nasional/pengeluaran-kwsp.md",
    "fmt": "md",
    "title": "Pengeluaran Simpanan KWSP: Akaun, Jenis Pengeluaran dan Permohonan",
    "region": "Seluruh Malaysia",
    "agency": "Kumpulan Wang Simpanan Pekerja (KWSP)",
    "source": "https://example.invalid/kwsp/pengeluaran",
    "updated": "2026-03-02",
    "service": "Pengeluaran KWSP (akaun, jenis, dokumen, dalam talian)",
    "sections": [
        ("Apakah simpanan KWSP", [
            "Kumpulan Wang Simpanan Pekerja (KWSP) menyimpan caruman bulanan pekerja dan majikan "
            "sebagai simpanan persaraan. Simpanan ini dikhaskan untuk hari tua, namun ahli "
            "dibenarkan membuat pengeluaran tertentu sebelum bersara bagi keperluan yang telah "
            "ditetapkan. Halaman ini menerangkan akaun ahli, jenis pengeluaran yang dibenarkan, "
            "dokumen yang diperlukan dan cara memohon secara dalam talian.",
        ]),
        ("Tiga akaun ahli", [
            "Setiap caruman bulanan diagihkan kepada tiga akaun:",
            [
                "Akaun Persaraan (72%): hanya boleh dikeluarkan pada umur 55 tahun, atau lebih "
                "awal jika ahli hilang upaya, meninggal dunia atau meninggalkan negara.",
                "Akaun Sejahtera (18%): untuk pengeluaran perumahan, pendidikan, kesihatan dan haji.",
                "Akaun Fleksibel (10%): boleh dikeluarkan pada bila-bila masa tanpa perlu "
                "memberikan sebab.",
            ],
            "Baki setiap akaun boleh disemak melalui aplikasi KWSP Celik atau penyata tahunan "
            "yang dihantar setiap bulan Mac.",
        ]),
        ("Pengeluaran yang dibenarkan", [
            [
                "Pengeluaran Umur 50 tahun: sehingga 30% daripada baki Akaun Sejahtera.",
                "Pengeluaran Umur 55 tahun dan Umur 60 tahun.",
                "Pengeluaran Perumahan: membeli atau membina rumah, atau mengurangkan dan "
                "menyelesaikan baki pinjaman perumahan.",
                "Pengeluaran Pendidikan: yuran pengajian ahli, pasangan atau anak.",
                "Pengeluaran Kesihatan: rawatan penyakit kritikal ahli atau ahli keluarga terdekat.",
                "Pengeluaran Haji: sekali sahaja sepanjang keahlian.",
                "Pengeluaran Hilang Upaya, Meninggal Dunia dan Meninggalkan Negara.",
                "Pengeluaran Akaun Fleksibel.",
            ],
            "Pengeluaran untuk membayar hutang peribadi, kad kredit, pelaburan atau modal "
            "perniagaan tidak dibenarkan.",
        ]),
        ("Syarat bagi setiap jenis", [
            [
                "Perumahan: rumah mesti terletak di Malaysia. Pengeluaran untuk rumah kedua hanya "
                "dibenarkan selepas rumah pertama dijual atau dipindah milik. Pengeluaran untuk "
                "mengurangkan pinjaman boleh dibuat sekali setiap 3 tahun.",
                "Pendidikan: kursus peringkat diploma ke atas di institusi yang diiktiraf; amaun "
                "maksimum ialah yuran sebenar.",
                "Kesihatan: penyakit mesti tersenarai dalam 42 penyakit yang diluluskan KWSP.",
                "Akaun Fleksibel: minimum RM50 bagi setiap pengeluaran.",
            ],
        ]),
        ("Dokumen sokongan", [
            [
                "Penyata bank atas nama ahli yang menunjukkan nama dan nombor akaun.",
                "Perumahan: Perjanjian Jual Beli dan surat tawaran pinjaman, atau penyata baki "
                "pinjaman terkini daripada bank bagi rumah sedia ada.",
                "Pendidikan: surat tawaran institusi dan penyata yuran semasa.",
                "Kesihatan: Borang Pengesahan Doktor KSP-9 dan bil atau anggaran kos rawatan.",
                "Hilang upaya: laporan lembaga perubatan.",
                "Meninggal dunia: sijil kematian ahli dan dokumen yang membuktikan hubungan waris.",
            ],
        ]),
        ("Cara memohon dalam talian", [
            "Kebanyakan pengeluaran boleh dipohon melalui aplikasi KWSP Celik atau portal "
            "https://example.invalid/kwsp-celik. Log masuk, pilih menu Pengeluaran, pilih jenis "
            "pengeluaran, muat naik dokumen dalam format PDF atau JPG (maksimum 5 MB setiap fail) "
            "dan sahkan permohonan dengan kod TAC yang dihantar ke telefon bimbit.",
            "Pengeluaran Akaun Fleksibel dan Pengeluaran Umur 55 tahun boleh diselesaikan "
            "sepenuhnya dalam talian. Pengeluaran Hilang Upaya dan Meninggal Dunia perlu dibuat "
            "di kaunter.",
        ]),
        ("Permohonan di kaunter", [
            "Kaunter KWSP dibuka Isnin hingga Jumaat, 8.30 pagi hingga 4.30 petang, kecuali di "
            "negeri yang bercuti hujung minggu pada Jumaat dan Sabtu. Buat janji temu melalui "
            "aplikasi KWSP Celik untuk mengelakkan menunggu lama. Waris yang memohon Pengeluaran "
            "Meninggal Dunia perlu membawa dokumen asal untuk disemak.",
        ]),
        ("Tempoh kelulusan dan bayaran", [
            [
                "Akaun Fleksibel: wang dimasukkan ke akaun bank dalam 3 hari bekerja.",
                "Permohonan dalam talian yang lain: 10 hari bekerja.",
                "Permohonan di kaunter: 14 hari bekerja.",
                "Pengeluaran Meninggal Dunia: 21 hari bekerja selepas dokumen lengkap.",
            ],
            "Bayaran dibuat terus ke akaun bank ahli atau ke institusi berkenaan (bank pemberi "
            "pinjaman atau institusi pendidikan). Bayaran ke akaun pihak ketiga tidak dibenarkan.",
        ]),
        ("Jika permohonan ditolak", [
            "Ahli akan menerima notifikasi penolakan beserta sebabnya. Rayuan boleh dikemukakan "
            "melalui aplikasi KWSP Celik dalam tempoh 30 hari dari tarikh notifikasi dengan "
            "dokumen tambahan yang diminta.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Bolehkah saya keluarkan semua wang Akaun Fleksibel sekali gus?",
                 "Boleh, selagi amaun yang dikeluarkan tidak kurang daripada RM50."),
                ("Saya sudah berhenti kerja. Bolehkah saya keluarkan semua simpanan?",
                 "Tidak. Berhenti kerja bukan sebab pengeluaran. Simpanan kekal sehingga umur 55 "
                 "tahun dan terus menerima dividen."),
                ("Adakah pengeluaran dikenakan caj?",
                 "Tiada caj dikenakan. Dividen dikira sehingga tarikh pengeluaran dibuat."),
            ]),
        ]),
        ("Hubungi KWSP", [
            [
                "Pusat Khidmat Pelanggan: 03-2714 8830 (Isnin hingga Jumaat, 8.00 pagi hingga "
                "6.00 petang)",
                "E-mel: pengeluaran@example.invalid",
                "Portal: https://example.invalid/kwsp",
            ],
            LAST,
        ]),
    ],
}

DOCS = [PASPORT, KWSP]

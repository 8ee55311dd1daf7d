"""Content of the three Kampar documents (Majlis Daerah Kampar). All figures invented."""

SAMPAH = {
    "path": "kampar/kutipan-sampah.html",
    "fmt": "html",
    "site": "mdk",
    "fields": {
        "title": "Kutipan Sampah Domestik dan Sampah Pukal",
        "region": "Kampar, Perak",
        "agency": "Majlis Daerah Kampar",
        "source": "https://www.mdkampar.example.invalid/perkhidmatan/kutipan-sampah",
        "updated": "2026-02-02",
    },
    "sections": [
        ("Perkhidmatan Yang Disediakan", [
            ("p", "Majlis Daerah Kampar (MDK) mengutip sisa pepejal domestik dari rumah, "
                  "kedai dan premis kecil dalam kawasan majlis. MDK juga mengutip sampah pukal "
                  "seperti perabot dan tilam, serta sisa kebun, mengikut jadual dan temujanji."),
            ("p", "Perkhidmatan ini tidak termasuk sisa binaan seperti batu, simen dan jubin, "
                  "sisa klinikal, sisa berjadual seperti minyak hitam dan bateri kenderaan, "
                  "serta bangkai haiwan ternakan."),
        ]),
        ("Jadual Kutipan Mengikut Kawasan", [
            ("table", ["Kawasan", "Hari kutipan"], [
                ["Pusat Bandar Kampar", "Setiap hari kecuali Ahad"],
                ["Bandar Baru Kampar", "Isnin, Rabu, Jumaat"],
                ["Mambang Di Awan", "Selasa, Khamis, Sabtu"],
                ["Malim Nawar", "Isnin dan Khamis"],
                ["Kuala Dipang", "Selasa dan Jumaat"],
            ]),
            ("p", "Kutipan bermula 7.00 pagi dan selesai sebelum 3.00 petang. Letakkan sampah "
                  "di luar pagar sebelum 7.00 pagi pada hari kutipan."),
        ]),
        ("Cara Menyediakan Sampah", [
            ("ul", [
                "Ikat sampah dalam beg plastik dan masukkan ke dalam tong bertutup.",
                "Balut kaca pecah dan benda tajam dengan kertas tebal, dan tandakan.",
                "Jangan letak sampah di dalam longkang atau di atas kaki lima.",
                "Asingkan kotak dan botol untuk dikitar semula jika boleh.",
            ]),
        ]),
        ("Sampah Pukal: Perabot, Tilam dan Barang Elektrik", [
            ("p", "Sampah pukal dikutip melalui temujanji di Talian Sampah Pukal atau aplikasi "
                  "MDK Prihatin. Setiap rumah mendapat kutipan percuma 2 kali setahun, dengan "
                  "maksimum 5 barang bagi setiap kutipan. Kutipan tambahan dikenakan RM30 "
                  "setiap trip. Peti sejuk dan penghawa dingin mesti dikosongkan gasnya "
                  "terlebih dahulu. Kutipan dibuat dalam tempoh 5 hari bekerja selepas "
                  "temujanji disahkan."),
        ]),
        ("Sisa Kebun dan Dahan Pokok", [
            ("p", "Ikat dahan dan daun dalam berkas yang tidak melebihi 1.5 meter panjang. Sisa "
                  "kebun dikutip pada hari Sabtu kedua setiap bulan. Batang pokok berdiameter "
                  "lebih daripada 15 cm tidak dikutip dan perlu dilupuskan sendiri."),
        ]),
        ("Tong Sampah", [
            ("p", "Pemilik rumah baharu boleh membeli tong sampah beroda 120 liter di kaunter "
                  "MDK dengan harga RM85. Tong 660 liter untuk kedai dan restoran berharga "
                  "RM420. Tong dihantar ke premis dalam tempoh 7 hari bekerja."),
        ]),
        ("Aduan Sampah Tidak Dikutip", [
            ("p", "Jika sampah tidak dikutip pada hari yang dijadualkan, buat aduan dalam "
                  "tempoh 24 jam melalui MDK Prihatin atau talian aduan. Sertakan alamat "
                  "lengkap dan gambar. Aduan akan diambil tindakan dalam 2 hari bekerja."),
        ]),
        ("Pembuangan Sampah Secara Haram", [
            ("p", "Membuang sampah di tepi jalan, tanah kosong atau sungai adalah satu "
                  "kesalahan. Pesalah boleh dikenakan kompaun RM500. Jika dibawa ke mahkamah, "
                  "denda boleh mencecah RM2,000. Orang ramai yang melaporkan pembuangan haram "
                  "dengan bukti gambar atau nombor plat kenderaan layak menerima ganjaran "
                  "RM100."),
        ]),
        ("Waktu Pejabat", [
            ("p", "Jabatan Perkhidmatan Perbandaran, Tingkat 1, Bangunan Majlis Daerah Kampar, "
                  "Jalan Gopeng, 31900 Kampar, Perak. Isnin hingga Jumaat, 8.00 pagi hingga "
                  "5.00 petang."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Adakah sampah dikutip pada hari cuti umum?",
                 "Tiada kutipan pada hari pertama Hari Raya Aidilfitri, Tahun Baru Cina dan "
                 "Deepavali. Kutipan dibuat pada hari berikutnya."),
                ("Saya pelajar yang menyewa rumah. Boleh saya buat temujanji sampah pukal?",
                 "Boleh, dengan persetujuan pemilik rumah. Kuota percuma dikira bagi setiap "
                 "rumah, bukan setiap penyewa."),
                ("Bolehkah saya membakar sampah di belakang rumah?",
                 "Tidak. Pembakaran terbuka dilarang dan boleh dikenakan tindakan oleh "
                 "Jabatan Alam Sekitar."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("p", "Talian aduan sampah: 05-466 1800. Talian Sampah Pukal: 05-466 1820. "
                  "WhatsApp: 013-540 2291. E-mel: sampah@mdkampar.example.invalid."),
        ]),
    ],
}

LESEN = {
    "path": "kampar/lesen-perniagaan.pdf",
    "fmt": "pdf",
    "fields": {
        "title": "Lesen Premis Perniagaan Majlis Daerah Kampar",
        "region": "Kampar, Perak",
        "agency": "Majlis Daerah Kampar",
        "source": "https://www.mdkampar.example.invalid/pelesenan/lesen-premis.pdf",
        "updated": "2026-01-28",
    },
    "sections": [
        ("Pengenalan", [
            ("p", "Setiap premis perniagaan, perdagangan dan perindustrian dalam kawasan "
                  "Majlis Daerah Kampar mesti mempunyai lesen premis yang sah daripada majlis. "
                  "Risalah ini menerangkan syarat, dokumen, fi dan tempoh proses bagi "
                  "permohonan lesen baharu dan pembaharuan."),
            ("p", "Perkhidmatan ini tidak termasuk lesen penjaja, lesen hiburan dan permit "
                  "papan iklan, yang dipohon secara berasingan."),
        ]),
        ("Siapa Perlu Memohon", [
            ("p", "Pengusaha kedai runcit, restoran, kedai makan, bengkel, salun, kedai "
                  "dobi, pusat tuisyen, kedai telefon, stor dan kilang kecil yang beroperasi "
                  "di premis tetap dalam kawasan MDK."),
            ("p", "Setiap premis memerlukan lesennya sendiri. Pengusaha yang mempunyai dua "
                  "cawangan, contohnya di Kampar dan di Mambang Di Awan, perlu memohon dua "
                  "lesen berasingan."),
        ]),
        ("Syarat Kelulusan", [
            ("ul", [
                "Premis mempunyai Perakuan Siap dan Pematuhan (CCC) atau Sijil Layak Menduduki.",
                "Kegunaan premis sesuai dengan zon perancangan kawasan.",
                "Perniagaan berdaftar dengan Suruhanjaya Syarikat Malaysia (SSM).",
                "Pengendali makanan mempunyai sijil kursus dan suntikan anti-tifoid.",
                "Premis berisiko tinggi mempunyai Sijil Perakuan Bomba.",
            ]),
        ]),
        ("Dokumen Yang Perlu Disertakan", [
            ("ul", [
                "Borang Permohonan Lesen BL-1 yang lengkap.",
                "Salinan pendaftaran SSM dan salinan MyKad pemilik.",
                "Perjanjian sewa atau salinan geran premis.",
                "Pelan lantai lakaran berserta ukuran.",
                "Empat keping gambar premis, dari luar dan dalam.",
                "Resit cukai taksiran terkini.",
            ]),
        ]),
        ("Proses Permohonan", [
            ("ul", [
                "Hantar permohonan melalui portal eLesen Kampar atau di Kaunter OSC MDK.",
                "Pegawai memeriksa premis dalam tempoh 7 hari.",
                "Permohonan dibentangkan kepada jawatankuasa pelesenan.",
                "Surat kelulusan dihantar melalui e-mel.",
                "Bayar fi lesen dan ambil lesen untuk dipamerkan di premis.",
            ]),
        ]),
        ("Fi Lesen Tahunan", [
            ("p", "Fi dikira mengikut keluasan lantai premis:"),
            ("ul", [
                "Sehingga 50 meter persegi: RM120 setahun",
                "51 hingga 150 meter persegi: RM250 setahun",
                "151 hingga 500 meter persegi: RM480 setahun",
                "Melebihi 500 meter persegi: RM900 setahun",
                "Fi pemprosesan yang tidak dikembalikan: RM30",
            ]),
        ]),
        ("Tempoh Proses", [
            ("p", "Lesen biasa diluluskan dalam 14 hari bekerja selepas dokumen lengkap."),
            ("p", "Lesen Ekspres bagi perniagaan berisiko rendah seperti kedai pakaian, "
                  "kedai buku dan kedai telefon diluluskan dalam 1 hari bekerja."),
            ("p", "Lesen sementara selama 6 bulan boleh diberikan sementara menunggu Sijil "
                  "Perakuan Bomba."),
        ]),
        ("Pembaharuan Lesen", [
            ("p", "Lesen sah hingga 31 Disember setiap tahun dan boleh diperbaharui mulai 1 "
                  "November melalui eLesen Kampar atau di kaunter."),
            ("p", "Pembaharuan lewat dikenakan penalti RM20 sebulan bagi setiap bulan lewat."),
        ]),
        ("Kesalahan dan Penalti", [
            ("ul", [
                "Berniaga tanpa lesen: kompaun sehingga RM1,000 dan premis boleh ditutup.",
                "Tidak mempamerkan lesen di premis: kompaun RM100.",
                "Mengubah jenis perniagaan tanpa kebenaran: lesen boleh dibatalkan.",
            ]),
        ]),
        ("Kaunter dan Waktu Operasi", [
            ("p", "Kaunter OSC, Tingkat Bawah, Bangunan Majlis Daerah Kampar, Jalan Gopeng, "
                  "31900 Kampar, Perak."),
            ("p", "Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang."),
            ("p", "Waktu rehat Jumaat: 12.15 tengah hari hingga 2.45 petang."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya berniaga dalam talian dari rumah. Perlukah lesen premis?",
                 "Tidak, jika tiada pelanggan datang ke rumah dan tiada stok komersial "
                 "disimpan. Pendaftaran SSM masih diperlukan."),
                ("Bolehkah lesen dipindahkan kepada pemilik baharu?",
                 "Tidak. Pemilik baharu mesti memohon semula. Fi pemprosesan dikecualikan "
                 "jika permohonan dibuat dalam 30 hari."),
                ("Saya mahu menukar jenis perniagaan di premis yang sama.",
                 "Hantar permohonan pindaan dengan Borang BL-3 berserta fi pemprosesan."),
            ]),
        ]),
        ("Hubungi Unit Pelesenan", [
            ("p", "Unit Pelesenan MDK: 05-466 1835."),
            ("p", "E-mel: lesen@mdkampar.example.invalid."),
            ("p", "Portal: https://elesen.mdkampar.example.invalid"),
        ]),
    ],
}

IKLAN = {
    "path": "kampar/permit-papan-iklan.md",
    "fmt": "md",
    "fields": {
        "title": "Permit Iklan dan Papan Tanda di Kawasan Majlis Daerah Kampar",
        "region": "Kampar, Perak",
        "agency": "Majlis Daerah Kampar",
        "source": "https://www.mdkampar.example.invalid/pelesenan/permit-iklan",
        "updated": "2026-03-05",
    },
    "sections": [
        ("Apa Yang Memerlukan Permit", [
            ("p", "Sebarang iklan yang boleh dilihat dari tempat awam dalam kawasan Majlis "
                  "Daerah Kampar memerlukan permit, termasuk papan tanda nama kedai, kain "
                  "rentang (banner), bunting dan papan iklan besar di tepi jalan."),
            ("p", "Perkhidmatan ini tidak termasuk iklan kempen pilihan raya dan papan tanda "
                  "arah jalan yang dipasang oleh JKR."),
        ]),
        ("Jenis Iklan dan Kadar", [
            ("table", ["Jenis iklan", "Kadar", "Tempoh"], [
                ["Papan tanda premis (tidak bercahaya)", "RM18 setiap meter persegi",
                 "Setahun"],
                ["Papan tanda premis (bercahaya atau LED)", "RM30 setiap meter persegi",
                 "Setahun"],
                ["Kain rentang (banner)", "RM10 seunit", "14 hari"],
                ["Bunting", "RM3 seunit", "14 hari"],
                ["Papan iklan besar (billboard)", "RM45 setiap meter persegi", "Setahun"],
            ]),
            ("p", "Fi proses sebanyak RM20 dikenakan bagi setiap permohonan."),
        ]),
        ("Syarat Am", [
            ("ul", [
                "Papan tanda mesti menggunakan Bahasa Melayu. Bahasa lain dibenarkan dengan "
                "saiz huruf yang lebih kecil.",
                "Iklan tidak boleh menghalang pandangan pemandu atau laluan pejalan kaki.",
                "Papan iklan besar mesti disahkan oleh jurutera profesional.",
                "Satu permohonan banner atau bunting tidak melebihi 60 unit.",
            ]),
        ]),
        ("Dokumen Yang Diperlukan", [
            ("ul", [
                "Borang Permohonan Iklan PI-1.",
                "Lakaran reka bentuk dengan ukuran, warna dan bahan.",
                "Gambar lokasi pemasangan.",
                "Salinan lesen perniagaan yang sah.",
                "Surat kebenaran pemilik bangunan, jika premis disewa.",
            ]),
        ]),
        ("Langkah-langkah Permohonan", [
            ("p", "Hantar Borang PI-1 dan dokumen melalui portal eLesen Kampar atau di Kaunter "
                  "OSC. Pegawai akan memeriksa lokasi, dan permit dikeluarkan selepas fi "
                  "dibayar. Pelekat permit bernombor mesti dilekatkan pada setiap banner dan "
                  "bunting."),
        ]),
        ("Tempoh Kelulusan", [
            ("ul", [
                "Papan tanda premis: 7 hari bekerja.",
                "Banner dan bunting: 3 hari bekerja.",
                "Papan iklan besar: 30 hari bekerja, kerana perlu dibawa ke mesyuarat "
                "jawatankuasa.",
            ]),
        ]),
        ("Lokasi Yang Dilarang", [
            ("ul", [
                "Bulatan dan persimpangan berlampu isyarat.",
                "Tiang lampu jalan, kecuali di tapak banner yang ditetapkan MDK.",
                "Pokok, jejantas dan papan tanda jalan.",
                "Rizab sungai dan bahu jalan persekutuan.",
            ]),
            ("p", "Di pusat bandar Kampar, banner hanya boleh dipasang di rangka banner "
                  "milik MDK di Jalan Gopeng dan Jalan Idris. Rangka ini ditempah mengikut "
                  "giliran semasa permohonan dibuat."),
        ]),
        ("Penalti dan Penanggalan", [
            ("p", "Iklan tanpa permit akan ditanggalkan oleh MDK tanpa notis. Caj penanggalan "
                  "ialah RM100 bagi setiap papan tanda dan RM15 bagi setiap banner atau "
                  "bunting. Barang yang ditanggalkan boleh dituntut di stor MDK dalam tempoh "
                  "14 hari selepas caj dibayar; selepas itu barang akan dilupuskan."),
        ]),
        ("Pembaharuan", [
            ("p", "Permit papan tanda premis dan papan iklan besar diperbaharui setiap tahun "
                  "bersama lesen perniagaan, sebelum 31 Disember."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Perlukah permit untuk pelekat pada cermin kedai?",
                 "Tidak, jika keluasannya kurang daripada 0.5 meter persegi dan dipasang di "
                 "dalam premis."),
                ("Saya mahu memasang banner arah ke majlis perkahwinan.",
                 "Banner arah majlis perkahwinan dikecualikan fi, maksimum 5 unit selama 3 "
                 "hari, tetapi perlu dimaklumkan kepada MDK terlebih dahulu."),
                ("Bolehkah saya menggunakan semula banner lama untuk promosi baharu?",
                 "Boleh, tetapi permit baharu diperlukan bagi setiap tempoh 14 hari."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("p", "Unit Pelesenan dan Iklan MDK: 05-466 1842. E-mel: iklan@mdkampar.example.invalid. "
                  "Kaunter OSC dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang."),
        ]),
    ],
}

DOCS = [SAMPAH, LESEN, IKLAN]

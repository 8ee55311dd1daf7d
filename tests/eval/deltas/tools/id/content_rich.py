"""The PDF, DOCX and HTML documents of the Indonesian half, as blocks a renderer lays out.

Blocks: ("p", text) paragraph, ("ul", [items]) bullets, ("ol", [items]) steps,
("table", [header, row, ...]), ("q", question) a FAQ question, ("h2", heading).
The document's title comes from its fields. All figures are invented.
"""

END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."

# ---------------------------------------------------------------------------------------
FOGGING = ("id/pasuruan/fogging-demam-berdarah.pdf", {
    "title": "Permohonan Pengasapan (Fogging) dan Pengendalian Demam Berdarah Dengue",
    "region": "Kota Pasuruan",
    "agency": "Dinas Kesehatan Kota Pasuruan",
    "source": "https://dinkes.pasuruankota.example.invalid/p2p/fogging-dbd",
    "updated": "2026-01-12",
}, [
    ("p", "Lembar informasi ini disusun oleh Bidang Pencegahan dan Pengendalian Penyakit "
          "untuk warga, ketua RT dan RW yang ingin mengetahui kapan dan bagaimana fogging "
          "dilakukan di lingkungannya."),
    ("h2", "Tentang Layanan Pengasapan"),
    ("p", "Fogging fokus adalah penyemprotan insektisida dalam bentuk asap untuk membunuh "
          "nyamuk Aedes aegypti dewasa yang membawa virus dengue. Fogging tidak membunuh "
          "jentik, sehingga hanya dilakukan bila ada penularan di suatu lingkungan. Cara "
          "utama mencegah demam berdarah tetap pemberantasan sarang nyamuk oleh warga "
          "sendiri."),
    ("h2", "Kapan Fogging Dilakukan"),
    ("p", "Fogging fokus dilaksanakan bila semua syarat berikut terpenuhi:"),
    ("ul", ["ada warga yang dinyatakan menderita DBD oleh rumah sakit atau puskesmas;",
            "penyelidikan epidemiologi di radius 100 meter dari rumah penderita menemukan "
            "paling sedikit 2 penderita DBD lain atau 3 orang demam tanpa sebab yang jelas;",
            "paling sedikit 5% rumah yang diperiksa ditemukan jentik nyamuk."]),
    ("p", "Bila syarat tidak terpenuhi, puskesmas melakukan penyuluhan dan pemberantasan "
          "sarang nyamuk bersama warga, bukan fogging."),
    ("h2", "Siapa yang Dapat Mengajukan"),
    ("p", "Permohonan dapat diajukan oleh ketua RT atau RW, keluarga penderita, kader juru "
          "pemantau jentik (jumantik), atau pengurus sekolah dan tempat ibadah yang ada "
          "penderitanya. Permohonan selalu melalui puskesmas di wilayah tempat tinggal "
          "penderita."),
    ("h2", "Berkas Permohonan"),
    ("ul", ["Surat permohonan dari ketua RT atau RW yang diketahui lurah",
            "Fotokopi surat keterangan diagnosis DBD dari rumah sakit atau hasil "
            "pemeriksaan laboratorium",
            "Fotokopi KTP pelapor",
            "Denah sederhana letak rumah penderita"]),
    ("h2", "Alur Pengajuan"),
    ("ol", ["Laporkan kasus ke puskesmas wilayah paling lambat 3 hari setelah diagnosis.",
            "Petugas puskesmas melakukan penyelidikan epidemiologi dalam 1x24 jam.",
            "Bila hasilnya memenuhi syarat, puskesmas mengajukan fogging ke Dinas "
            "Kesehatan.",
            "Jadwal fogging disampaikan kepada ketua RT untuk diumumkan kepada warga."]),
    ("h2", "Biaya"),
    ("p", "Fogging fokus oleh Dinas Kesehatan gratis, termasuk insektisida dan bahan bakar "
          "mesin. Warga tidak perlu memberi uang kepada petugas. Layanan ini tidak "
          "termasuk fogging atas permintaan perumahan, pabrik, kantor atau penyelenggara "
          "acara tanpa adanya kasus DBD; permintaan seperti itu dilayani jasa pengendalian "
          "hama swasta yang berizin dengan biaya sendiri."),
    ("h2", "Waktu Pelaksanaan"),
    ("p", "Fogging dilakukan dua siklus dengan jarak 7 hari, dalam radius 200 meter dari "
          "rumah penderita. Penyemprotan dilakukan pagi hari pukul 06.00–09.00 atau sore "
          "hari pukul 15.30–17.30, dan ditunda bila hujan atau angin kencang. Jadwal "
          "diumumkan paling lambat 1 hari sebelumnya."),
    ("h2", "Yang Perlu Disiapkan Warga"),
    ("ul", ["Buka pintu dan jendela agar asap dapat masuk ke dalam rumah.",
            "Tutup makanan, minuman, peralatan makan dan akuarium.",
            "Keluarkan hewan peliharaan dan kandang burung dari rumah.",
            "Jauhkan bayi, anak-anak dan penderita asma dari asap.",
            "Tunggu 30 menit setelah penyemprotan sebelum masuk kembali ke rumah."]),
    ("h2", "Gerakan 3M Plus dan Jumantik"),
    ("p", "Lakukan 3M Plus setiap minggu: menguras bak mandi, menutup tempat penampungan "
          "air, dan mendaur ulang barang bekas yang dapat menampung air hujan, ditambah "
          "menaburkan larvasida dan memakai obat antinyamuk. Setiap rumah dianjurkan "
          "menunjuk satu anggota keluarga sebagai jumantik rumah yang memeriksa jentik "
          "seminggu sekali."),
    ("h2", "Pertanyaan yang Sering Diajukan"),
    ("q", "Mengapa lingkungan kami tidak difogging padahal ada tetangga yang terkena DBD?"),
    ("p", "Karena hasil penyelidikan epidemiologi belum memenuhi syarat. Penularan belum "
          "terbukti terjadi di lingkungan itu, sehingga yang dilakukan adalah pemberantasan "
          "sarang nyamuk."),
    ("q", "Apakah bubuk larvasida bisa diminta?"),
    ("p", "Bisa, gratis di puskesmas. Satu sachet cukup untuk 100 liter air dan diganti "
          "setiap 2 bulan."),
    ("q", "Apakah asap fogging berbahaya?"),
    ("p", "Dalam dosis yang dipakai petugas, asap aman bila warga mengikuti petunjuk di "
          "atas. Hindari menghirup asap secara langsung."),
    ("h2", "Kontak dan Jam Layanan"),
    ("p", "Dinas Kesehatan Kota Pasuruan, Bidang Pencegahan dan Pengendalian Penyakit, "
          "Jl. Dr. Wahidin Sudirohusodo No. 9, Kota Pasuruan. Layanan Senin–Jumat pukul "
          "07.30–15.30."),
    ("ul", ["Telepon: (0343) 424 765",
            "WhatsApp siaga DBD: 0822-3400-7113",
            "Surel: p2p.dinkes@pasuruankota.example.invalid"]),
    ("p", END),
])

# ---------------------------------------------------------------------------------------
PBG = ("id/banjarbaru/persetujuan-bangunan-gedung.docx", {
    "title": "Persetujuan Bangunan Gedung (PBG) untuk Rumah Baru dan Renovasi",
    "region": "Kota Banjarbaru",
    "agency": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Banjarbaru",
    "source": "https://dpupr.banjarbarukota.example.invalid/perizinan/pbg",
    "updated": "2026-02-24",
}, [
    ("p", "Panduan ini untuk warga Kota Banjarbaru yang akan membangun rumah baru, "
          "menambah lantai, atau merenovasi bangunan."),
    ("h2", "Apa Itu PBG"),
    ("p", "Persetujuan Bangunan Gedung (PBG) adalah persetujuan dari pemerintah kota untuk "
          "membangun baru, mengubah, memperluas, mengurangi atau merawat bangunan sesuai "
          "standar teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB). Bangunan yang "
          "sudah memiliki IMB tidak perlu mengurus PBG selama tidak diubah."),
    ("h2", "Kapan Harus Mengurus PBG"),
    ("p", "PBG wajib diurus sebelum pekerjaan dimulai untuk:"),
    ("ul", ["membangun rumah atau bangunan baru;",
            "menambah lantai atau memperluas bangunan lebih dari 10 m²;",
            "mengubah struktur, misalnya membongkar dinding penahan beban atau mengganti "
            "rangka atap;",
            "mengubah fungsi bangunan, misalnya rumah menjadi toko atau rumah kos."]),
    ("p", "PBG tidak diperlukan untuk mengecat ulang, mengganti keramik, mengganti genteng "
          "tanpa mengubah rangka atap, atau membuat pagar setinggi kurang dari 1,5 meter."),
    ("h2", "Persyaratan Dokumen"),
    ("ul", ["KTP elektronik pemohon",
            "Sertifikat tanah, atau surat perjanjian pemanfaatan tanah bila tanah milik "
            "orang lain",
            "SPPT PBB tahun berjalan",
            "Gambar denah, tampak dan potongan bangunan",
            "Perhitungan struktur untuk bangunan dua lantai atau lebih, ditandatangani "
            "tenaga ahli bersertifikat",
            "Foto lokasi dan titik koordinat"]),
    ("p", "Untuk rumah satu lantai sampai 70 m², pemohon dapat memakai gambar prototipe "
          "rumah sederhana yang disediakan gratis di portal, sehingga tidak perlu menyewa "
          "arsitek."),
    ("h2", "Langkah Permohonan"),
    ("ol", ["Buat akun di portal Griya Izin Banjarbaru dengan NIK.",
            "Isi data bangunan dan unggah dokumen.",
            "Tim Profesi Ahli memeriksa dokumen teknis dan dapat meminta perbaikan gambar.",
            "Pemohon menerima Surat Ketetapan Retribusi Daerah (SKRD) dan membayarnya di "
            "bank.",
            "PBG terbit dan dapat diunduh di portal; pasang papan PBG di lokasi "
            "pembangunan."]),
    ("h2", "Besaran Retribusi"),
    ("p", "Retribusi dihitung dari luas lantai bangunan dikalikan tarif per meter persegi:"),
    ("table", [["Jenis bangunan", "Tarif per m²"],
               ["Rumah tinggal sederhana sampai 70 m²", "Rp 8.500"],
               ["Rumah tinggal di atas 70 m²", "Rp 14.000"],
               ["Rumah toko dan bangunan usaha", "Rp 22.000"],
               ["Bangunan sosial dan tempat ibadah", "dibebaskan"]]),
    ("p", "Untuk renovasi atau perluasan, tarifnya 45% dari tarif bangunan baru dan hanya "
          "dihitung untuk luas yang diubah. Contoh: rumah baru seluas 90 m² membayar "
          "90 × Rp 14.000 = Rp 1.260.000."),
    ("h2", "Lama Proses"),
    ("p", "Waktu dihitung sejak dokumen dinyatakan lengkap sampai PBG terbit, tidak "
          "termasuk waktu pemohon memperbaiki gambar dan membayar retribusi:"),
    ("ul", ["rumah tinggal satu lantai: 10 hari kerja;",
            "rumah tinggal dua lantai: 20 hari kerja;",
            "bangunan usaha dan bangunan lebih dari dua lantai: 28 hari kerja."]),
    ("h2", "Yang Tidak Termasuk"),
    ("p", "Layanan ini tidak termasuk Sertifikat Laik Fungsi (SLF), Kesesuaian Kegiatan "
          "Pemanfaatan Ruang (KKPR) untuk bangunan usaha besar, maupun persetujuan "
          "lingkungan. SLF diurus setelah bangunan selesai, melalui loket yang sama."),
    ("h2", "Sanksi Membangun Tanpa PBG"),
    ("p", "Bangunan yang didirikan tanpa PBG diberi surat peringatan dan perintah "
          "penghentian pekerjaan. Bila dalam 14 hari pemilik belum mengurus PBG, bangunan "
          "disegel dan dikenai denda administratif 2% dari nilai bangunan. Bangunan yang "
          "melanggar garis sempadan jalan atau sungai dapat diperintahkan untuk dibongkar."),
    ("h2", "Konsultasi dan Jam Layanan"),
    ("p", "Kantor DPUPR Kota Banjarbaru, Jl. Trikora No. 9, Kota Banjarbaru. Loket buka "
          "Senin–Kamis pukul 08.00–15.00 dan Jumat pukul 08.00–11.00. Klinik konsultasi "
          "PBG bersama tenaga ahli diadakan setiap Selasa dan Kamis pukul 09.00–12.00 "
          "tanpa biaya; daftar lebih dulu lewat portal."),
    ("h2", "Pertanyaan yang Sering Diajukan"),
    ("q", "Rumah saya dibangun tahun 2015 tanpa IMB. Apakah bisa diurus sekarang?"),
    ("p", "Bisa, melalui PBG untuk bangunan yang sudah berdiri dengan melampirkan gambar "
          "kondisi sekarang. Tidak ada denda bila diurus sebelum ada teguran."),
    ("q", "Apakah PBG bisa diurus oleh kontraktor?"),
    ("p", "Bisa, dengan surat kuasa bermeterai dari pemilik bangunan."),
    ("q", "Apakah PBG bisa dicabut?"),
    ("p", "Bisa, bila bangunan dibangun tidak sesuai dengan gambar yang disetujui."),
    ("h2", "Kontak"),
    ("ul", ["Telepon loket PBG: (0511) 479 3362",
            "WhatsApp konsultasi: 0822-5011-4730",
            "Surel: pbg.dpupr@banjarbarukota.example.invalid",
            "Portal: https://griyaizin.banjarbarukota.example.invalid"]),
    ("p", END),
])

# ---------------------------------------------------------------------------------------
SAMPAH = ("id/pasuruan/pengangkutan-sampah.html", {
    "title": "Pengangkutan Sampah Rumah Tangga dan Penjemputan Sampah Besar",
    "region": "Kota Pasuruan",
    "agency": "Dinas Lingkungan Hidup Kota Pasuruan",
    "source": "https://dlh.pasuruankota.example.invalid/layanan/pengangkutan-sampah",
    "updated": "2026-03-02",
}, [
    ("p", "Halaman ini menjelaskan jadwal pengangkutan sampah rumah tangga, besaran "
          "retribusi kebersihan, dan cara meminta penjemputan barang bekas berukuran besar "
          "di Kota Pasuruan."),
    ("h2", "Tentang Layanan Ini"),
    ("p", "Dinas Lingkungan Hidup (DLH) mengangkut sampah rumah tangga dari tempat "
          "penampungan sementara (TPS) dan, di jalan yang dilalui truk, langsung dari depan "
          "rumah warga ke tempat pemrosesan akhir. Di gang yang tidak dapat dilalui truk, "
          "sampah dikumpulkan oleh petugas gerobak yang dikelola kelurahan lalu dibawa ke "
          "TPS terdekat. Warga diminta memisahkan sampah organik dan anorganik dalam "
          "kantong yang berbeda."),
    ("h2", "Jadwal Angkut dari Depan Rumah"),
    ("table", [["Kecamatan", "Hari angkut", "Jam"],
               ["Gadingrejo", "Senin, Rabu, Jumat", "06.00–10.00"],
               ["Purworejo", "Senin, Rabu, Jumat", "10.00–14.00"],
               ["Bugul Kidul", "Selasa, Kamis, Sabtu", "06.00–10.00"],
               ["Panggungrejo", "Selasa, Kamis, Sabtu", "10.00–14.00"]]),
    ("p", "Sampah di TPS diangkut setiap hari, termasuk hari Minggu dan hari libur. "
          "Letakkan sampah di depan rumah paling cepat satu jam sebelum jadwal, dalam "
          "kantong yang diikat rapat, agar tidak dibongkar kucing atau anjing."),
    ("h2", "Besaran Retribusi Kebersihan"),
    ("table", [["Kategori", "Retribusi per bulan"],
               ["Rumah tangga", "Rp 10.000"],
               ["Rumah tangga di jalan utama", "Rp 15.000"],
               ["Toko, warung dan kios", "Rp 25.000"],
               ["Rumah makan dan kafe", "Rp 75.000"],
               ["Hotel, pabrik dan pusat perbelanjaan", "sesuai perjanjian kerja sama"]]),
    ("p", "Sekolah negeri, tempat ibadah dan panti asuhan dibebaskan dari retribusi dengan "
          "surat permohonan ke DLH."),
    ("h2", "Cara Membayar"),
    ("p", "Retribusi dibayar paling lambat tanggal 20 setiap bulan melalui salah satu cara "
          "berikut:"),
    ("ul", ["aplikasi Resik Pasuruan, dengan kode bayar atau QRIS;",
            "loket kantor kelurahan pada jam kerja;",
            "ditagih bersama rekening air bagi pelanggan PDAM yang sudah terdaftar."]),
    ("p", "Keterlambatan dikenai denda Rp 2.000 untuk setiap bulan yang terlambat. "
          "Pengangkutan tidak dihentikan karena tunggakan, tetapi tunggakan lebih dari "
          "6 bulan diteruskan ke kelurahan untuk ditagih."),
    ("h2", "Penjemputan Sampah Besar"),
    ("p", "Barang bekas berukuran besar seperti kasur, sofa, lemari, meja, kursi, kasur "
          "pegas dan potongan dahan pohon tidak diangkut bersama sampah harian. DLH "
          "menyediakan penjemputan khusus setiap hari Sabtu pukul 08.00–12.00."),
    ("ol", ["Daftar lewat aplikasi Resik Pasuruan atau WhatsApp 0811-3460-2215 paling "
            "lambat hari Rabu sebelum Sabtu penjemputan.",
            "Sebutkan alamat, jenis dan jumlah barang, lalu kirim fotonya.",
            "Letakkan barang di depan rumah sebelum pukul 08.00 pada hari penjemputan."]),
    ("p", "Setiap rumah mendapat penjemputan gratis untuk 2 barang per bulan. Barang ketiga "
          "dan seterusnya dikenai biaya Rp 35.000 per barang, paling banyak 6 barang sekali "
          "jemput. Potongan dahan dibatasi 1 meter kubik dan harus sudah diikat."),
    ("h2", "Yang Tidak Diangkut"),
    ("p", "Layanan ini tidak termasuk puing dan sisa bongkaran bangunan, tanah urukan, "
          "limbah bahan berbahaya dan beracun (aki, oli bekas, lampu neon, baterai, kemasan "
          "pestisida), limbah medis dari klinik atau praktik dokter, serta bangkai hewan "
          "besar. Baterai dan lampu bekas dari rumah tangga dapat diserahkan ke kotak "
          "penampungan di kantor DLH. Untuk puing bangunan, gunakan jasa angkutan swasta."),
    ("h2", "Bank Sampah dan TPS3R"),
    ("p", "Sampah anorganik yang sudah dipilah, seperti plastik, kertas, kardus dan logam, "
          "dapat ditabung di bank sampah kelurahan dan ditukar dengan uang atau dipakai "
          "untuk membayar retribusi. Sampah organik dapat diserahkan ke TPS3R untuk diolah "
          "menjadi kompos. Alamat bank sampah tercantum di aplikasi Resik Pasuruan."),
    ("h2", "Larangan dan Sanksi"),
    ("p", "Membuang sampah ke sungai, saluran air atau lahan kosong, membuang sampah di TPS "
          "di luar jam buang, serta membakar sampah dilarang. Pelanggar dapat dikenai denda "
          "paling banyak Rp 500.000 melalui sidang tindak pidana ringan. Warga yang melihat "
          "pembuangan sampah liar dapat mengirim foto dan lokasinya lewat aplikasi Resik "
          "Pasuruan."),
    ("h2", "Kantor dan Jam Layanan"),
    ("p", "Kantor DLH berada di Jl. Ir. H. Juanda No. 22, Kota Pasuruan. Layanan tatap muka "
          "Senin–Kamis pukul 07.30–15.30 dan Jumat pukul 07.30–11.30. TPS menerima sampah "
          "dari warga setiap hari pukul 05.00–09.00 dan 17.00–21.00."),
    ("h2", "Pertanyaan yang Sering Diajukan"),
    ("q", "Truk tidak datang sesuai jadwal, lapor ke mana?"),
    ("p", "Laporkan lewat WhatsApp layanan dengan menyebut nama jalan dan kelurahan. Truk "
          "pengganti dikirim paling lambat keesokan harinya."),
    ("q", "Apakah bisa meminta tong sampah?"),
    ("p", "Tong sampah tidak dibagikan per rumah. Pengadaan tong untuk RT dapat diajukan "
          "melalui kelurahan."),
    ("q", "Saya pindah rumah, apakah tagihan retribusi ikut pindah?"),
    ("p", "Laporkan alamat baru di aplikasi atau kelurahan agar tagihan di alamat lama "
          "dihentikan."),
    ("h2", "Kontak"),
    ("ul", ["Telepon kantor: (0343) 412 930",
            "WhatsApp layanan dan sampah besar: 0811-3460-2215",
            "Surel: dlh@pasuruankota.example.invalid"]),
    ("p", END),
])

SAMPAH_CHROME = {
    "brand": "Portal Resmi DLH Pasuruan",
    "nav": ["Beranda", "Profil Dinas", "Berita dan Pengumuman", "Agenda Kegiatan",
            "Galeri Foto", "PPID"],
    "footer": ["© 2026 Pemerintah Kota Pasuruan. Seluruh hak dilindungi.",
               "Peta Situs", "Kebijakan Privasi", "Ikuti kami di media sosial"],
    "site": "https://dlh.pasuruankota.example.invalid",
}

# ---------------------------------------------------------------------------------------
GOR = ("id/banjarbaru/sewa-fasilitas-olahraga.html", {
    "title": "Sewa Fasilitas Olahraga Milik Pemerintah Kota Banjarbaru",
    "region": "Kota Banjarbaru",
    "agency": "Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata Kota Banjarbaru",
    "source": "https://disporabudpar.banjarbarukota.example.invalid/sarana/sewa",
    "updated": "2026-02-27",
}, [
    ("p", "Gedung olahraga, lapangan dan kolam renang di Kompleks Olahraga Banjarbaru dapat "
          "disewa oleh masyarakat untuk latihan, pertandingan dan kegiatan lain. Berikut "
          "ketentuan pemesanan dan tarifnya."),
    ("h2", "Fasilitas yang Bisa Disewa"),
    ("ul", ["GOR indoor untuk bulu tangkis (4 lapangan), bola voli dan bola basket",
            "Lapangan futsal berlantai vinil",
            "Dua lapangan tenis",
            "Kolam renang ukuran 25 meter",
            "Aula serbaguna GOR berkapasitas 300 orang"]),
    ("p", "Semua fasilitas dikelola oleh Unit Pelaksana Teknis (UPT) Pengelolaan Sarana "
          "Olahraga."),
    ("h2", "Siapa yang Dapat Menyewa"),
    ("p", "Perorangan berusia 17 tahun ke atas, klub dan komunitas olahraga, sekolah, "
          "instansi pemerintah, serta perusahaan. Pemesan bertanggung jawab atas seluruh "
          "peserta selama waktu sewa. Kelompok anak di bawah 17 tahun memesan melalui guru "
          "atau pelatih yang ikut mendampingi."),
    ("h2", "Syarat Pemesanan"),
    ("ul", ["KTP elektronik pemesan, atau surat tugas untuk instansi dan sekolah",
            "Nomor WhatsApp yang aktif",
            "Surat permohonan untuk kegiatan yang memakai aula atau mengundang penonton",
            "Izin keramaian dari kepolisian untuk acara yang terbuka bagi penonton umum"]),
    ("h2", "Cara Memesan"),
    ("ol", ["Buka aplikasi Gelanggang Banjarbaru, lalu pilih fasilitas, tanggal dan jam.",
            "Isi data pemesan dan unggah foto KTP.",
            "Bayar lewat nomor virtual account dalam 2 jam; bila lewat, pesanan batal "
            "otomatis.",
            "Tunjukkan kode QR bukti pesanan kepada petugas saat datang."]),
    ("p", "Pemesanan dibuka paling cepat 30 hari dan paling lambat 1 hari sebelum jadwal. "
          "Pemesanan langsung di loket UPT tetap dilayani bila jadwal masih kosong."),
    ("h2", "Tarif Sewa"),
    ("table", [["Fasilitas", "Pagi sampai sore (06.00–18.00)", "Malam (18.00–22.00)"],
               ["GOR indoor, satu lapangan bulu tangkis", "Rp 60.000 per jam",
                "Rp 85.000 per jam"],
               ["GOR indoor, seluruh lantai (voli atau basket)", "Rp 200.000 per jam",
                "Rp 275.000 per jam"],
               ["Lapangan futsal", "Rp 120.000 per jam", "Rp 160.000 per jam"],
               ["Lapangan tenis", "Rp 50.000 per jam", "Rp 70.000 per jam"],
               ["Kolam renang, pemakaian khusus", "Rp 600.000 per 2 jam", "tidak tersedia"],
               ["Aula serbaguna", "Rp 1.750.000 per 8 jam", "Rp 300.000 per jam tambahan"]]),
    ("p", "Tiket masuk kolam renang untuk umum Rp 10.000 untuk dewasa dan Rp 6.000 untuk "
          "anak. Sekolah di Kota Banjarbaru mendapat potongan 50% untuk kegiatan olahraga "
          "pada hari sekolah pukul 07.00–13.00."),
    ("h2", "Pembayaran dan Uang Jaminan"),
    ("p", "Semua pembayaran nontunai, melalui virtual account atau QRIS di loket UPT; "
          "petugas tidak menerima uang tunai. Untuk pemakaian aula serbaguna dan acara "
          "dengan penonton, pemesan menyetor uang jaminan Rp 500.000 yang dikembalikan "
          "paling lambat 7 hari kerja setelah acara bila tidak ada kerusakan dan tempat "
          "ditinggalkan bersih."),
    ("h2", "Pembatalan dan Perubahan Jadwal"),
    ("ul", ["Batal 7 hari atau lebih sebelum jadwal: uang sewa kembali 75%.",
            "Batal 3 sampai 6 hari sebelum jadwal: uang sewa kembali 50%.",
            "Batal kurang dari 3 hari sebelum jadwal: uang sewa hangus.",
            "Perubahan jadwal boleh satu kali tanpa biaya bila diajukan paling lambat "
            "3 hari sebelumnya."]),
    ("p", "Bila fasilitas tidak dapat dipakai karena perbaikan atau dipakai untuk kegiatan "
          "resmi pemerintah kota, uang sewa dikembalikan penuh atau jadwal diganti."),
    ("h2", "Aturan Pemakaian"),
    ("ul", ["Memakai sepatu olahraga bersol karet yang bersih dan tidak meninggalkan bekas",
            "Dilarang merokok, membawa minuman keras dan hewan peliharaan",
            "Makanan hanya boleh dibawa ke area tribun",
            "Waktu sewa sudah termasuk persiapan dan membereskan peralatan",
            "Kerusakan karena kelalaian diganti oleh penyewa"]),
    ("h2", "Jam Operasional dan Lokasi"),
    ("p", "Kompleks Olahraga Banjarbaru, Jl. Karang Anyar No. 3, Loktabat Utara, Kota "
          "Banjarbaru. Fasilitas buka setiap hari pukul 06.00–22.00, kecuali Senin pukul "
          "06.00–10.00 yang dipakai untuk perawatan rutin. Loket UPT buka Senin–Sabtu pukul "
          "08.00–16.00. Tempat parkir tersedia untuk 120 mobil."),
    ("h2", "Tanya Jawab"),
    ("q", "Apakah bisa menyewa rutin setiap minggu?"),
    ("p", "Bisa. Klub dapat memesan jadwal tetap untuk 1 bulan sekaligus dan mendapat "
          "potongan 10%."),
    ("q", "Apakah aula bisa dipakai untuk resepsi pernikahan?"),
    ("p", "Tidak. Aula serbaguna hanya untuk kegiatan olahraga, pendidikan, pameran dan "
          "kegiatan pemerintahan."),
    ("q", "Apakah net dan bola disediakan?"),
    ("p", "Net dan tiang disediakan. Bola, raket dan kok dibawa sendiri."),
    ("h2", "Kontak Pengelola"),
    ("ul", ["Loket UPT Pengelolaan Sarana Olahraga: (0511) 478 1925",
            "WhatsApp pemesanan: 0813-4800-2716",
            "Surel: sarpras.olahraga@banjarbarukota.example.invalid"]),
    ("p", END),
])

GOR_CHROME = {
    "brand": "Disporabudpar Banjarbaru Online",
    "nav": ["Beranda", "Profil Organisasi", "Kalender Event", "Destinasi Wisata",
            "Informasi Publik", "Unduhan"],
    "footer": ["Hak cipta 2026 Disporabudpar Banjarbaru", "Syarat Penggunaan",
               "Peta Situs", "Pengunjung hari ini: 1.204"],
    "site": "https://disporabudpar.banjarbarukota.example.invalid",
}

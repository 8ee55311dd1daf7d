"""Texts of the Kota Metro pages (data). Every figure here is invented."""
END = "Dokumen evaluasi: angka, alamat dan jam layanan di halaman ini adalah rekaan."
NOTE = ("Dokumen untuk evaluasi. Semua tarif, denda, batas waktu, lama proses, jam layanan, "
        "alamat, nomor telepon, nomor formulir dan nama aplikasi/portal adalah rekaan.")

DOCS = {}

DOCS["id/metro/retribusi-sampah.md"] = dict(
    fmt="md",
    title="Retribusi Pelayanan Persampahan Kota Metro",
    region="Kota Metro, Lampung",
    agency="Dinas Lingkungan Hidup Kota Metro",
    source="https://dlh.metrokota.example.invalid/layanan/retribusi-sampah",
    updated="2026-01-14",
    sections=[
("Ruang Lingkup Layanan", """Dinas Lingkungan Hidup (DLH) Kota Metro memungut retribusi pelayanan persampahan atas pengangkutan sampah dari rumah, toko dan kantor ke Tempat Pemrosesan Akhir (TPA) Karangrejo. Layanan ini berlaku di lima kecamatan: Metro Pusat, Metro Utara, Metro Barat, Metro Timur dan Metro Selatan.

Halaman ini tidak mencakup pengangkutan limbah B3 dan sampah medis dari klinik atau apotek. Limbah tersebut wajib diserahkan kepada pengolah limbah B3 berizin, bukan melalui armada DLH."""),
("Siapa yang Wajib Membayar", """Wajib retribusi adalah setiap rumah tangga, pelaku usaha, dan instansi yang sampahnya diangkut oleh petugas DLH atau yang menggunakan Tempat Penampungan Sementara (TPS) resmi. Rumah tangga yang terdaftar sebagai penerima Program Keluarga Harapan (PKH) dapat mengajukan keringanan sebesar 50% dari tarif normal."""),
("Besaran Tarif Retribusi", """Tarif ditetapkan per bulan menurut golongan pelanggan:

| Golongan | Tarif per bulan |
|---|---|
| Rumah tangga | Rp15.000 |
| Rumah kos (per pintu) | Rp5.000 |
| Toko dan warung | Rp30.000 |
| Rumah makan dan kafe | Rp75.000 |
| Hotel dan penginapan | Rp250.000 |
| Kantor swasta | Rp100.000 |

Untuk pengangkutan sampah acara (hajatan, bazar), dikenakan tarif Rp120.000 per rit truk."""),
("Pendaftaran Wajib Retribusi", """Warga yang baru pindah atau usaha yang baru buka mendaftar dengan membawa:

- fotokopi KTP-el dan Kartu Keluarga;
- formulir pendaftaran DLH-RS/01 yang diisi lengkap;
- foto lokasi bangunan;
- untuk usaha, fotokopi Nomor Induk Berusaha (NIB).

Setelah berkas lengkap, petugas menerbitkan Nomor Pelanggan Retribusi dalam 3 hari kerja."""),
("Jadwal Angkut dan Jam Pelayanan Kantor", """Truk sampah melayani permukiman dua kali seminggu dan kawasan pasar setiap hari mulai pukul 05.00 WIB. Kantor pelayanan retribusi buka Senin sampai Jumat pukul 08.00–15.00 WIB, dan Sabtu pukul 08.00–12.00 WIB khusus untuk pembayaran."""),
("Tata Cara dan Tenggat Pembayaran", """Retribusi dibayar paling lambat tanggal 20 setiap bulan. Pembayaran dapat dilakukan di loket DLH, di kantor kelurahan, melalui Bank Lampung, atau melalui aplikasi daring. Bukti bayar berupa Surat Ketetapan Retribusi Daerah (SKRD) yang telah divalidasi."""),
("Sanksi atas Keterlambatan", """Retribusi yang terlambat dibayar dikenakan denda administrasi 2% per bulan dari jumlah tunggakan, paling banyak untuk 24 bulan. Pelanggan yang menunggak lebih dari 6 bulan akan menerima surat teguran, dan pengangkutan sampahnya dapat dihentikan sementara."""),
("Layanan Daring", """Pendaftaran, cek tagihan dan pembayaran dapat dilakukan melalui aplikasi SiMantap Metro di ponsel Android atau di laman simantap.metrokota.example.invalid. Pembayaran daring dapat memakai QRIS, dan bukti bayar elektronik dikirim ke alamat surel yang didaftarkan."""),
("Tanya Jawab", """### Apakah rumah kosong tetap ditagih?
Rumah yang tidak dihuni minimal 3 bulan dapat dibebaskan sementara dengan surat keterangan dari lurah.

### Bagaimana jika sampah tidak diangkut sesuai jadwal?
Laporkan melalui aplikasi atau nomor WhatsApp pengaduan; petugas menindaklanjuti paling lambat 2x24 jam.

### Bisakah membayar untuk setahun sekaligus?
Bisa. Pembayaran 12 bulan di muka mendapat potongan 10%."""),
("Kontak Pelayanan", """Kantor Dinas Lingkungan Hidup Kota Metro, Jl. Jenderal Sudirman No. 48, Metro Pusat.
Telepon: (0725) 7850 114
WhatsApp pengaduan: 0812 7300 4521
Surel: retribusi@dlh.metrokota.example.invalid

""" + END),
    ])

DOCS["id/metro/sedot-tinja.pdf"] = dict(
    fmt="pdf",
    title="Layanan Sedot Tinja dan IPLT Kota Metro",
    region="Kota Metro, Lampung",
    agency="Dinas Pekerjaan Umum dan Penataan Ruang Kota Metro",
    source="https://dpupr.metrokota.example.invalid/unduhan/layanan-sedot-tinja.pdf",
    updated="2026-02-03",
    sections=[
("Tentang Layanan Lumpur Tinja", """Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Kota Metro menyediakan layanan
penyedotan tangki septik bagi warga.
Lumpur tinja dibawa ke Instalasi Pengolahan Lumpur Tinja (IPLT) milik Pemerintah Kota Metro
untuk diolah.
Layanan terbuka bagi rumah tangga, usaha, sekolah dan tempat ibadah di seluruh Kota Metro.
Layanan ini tidak mencakup perbaikan atau pembangunan tangki septik baru.
Pembangunan tangki septik komunal diurus melalui program sanitasi Dinas Perumahan dan Permukiman."""),
("Syarat Pemesanan", """Pemohon cukup menyiapkan:
- fotokopi KTP-el pemilik atau penghuni rumah;
- alamat lengkap dan titik lokasi;
- keterangan perkiraan ukuran tangki septik;
- akses jalan yang dapat dilalui truk tangki berkapasitas 3 m3."""),
("Langkah-Langkah Pemesanan", """1. Pesan melalui telepon, WhatsApp, atau aplikasi.
2. Petugas menghubungi pemohon untuk memastikan jadwal dan lokasi.
3. Petugas survei singkat saat tiba, lalu melakukan penyedotan.
4. Pemohon membayar retribusi dan menerima karcis resmi.
5. Lumpur tinja dibuang hanya di IPLT, tidak ke sungai atau saluran."""),
("Tarif Retribusi Penyedotan", """Rumah tangga, per tangki sampai 3 m3: Rp250.000
Rumah tangga di luar Kota Metro (Lampung Timur): Rp400.000
Usaha, hotel dan rumah makan, per rit: Rp450.000
Sekolah dan tempat ibadah, per rit: Rp150.000
Tambahan selang lebih dari 30 meter: Rp50.000
Pembuangan mandiri oleh truk swasta ke IPLT, per m3: Rp35.000"""),
("Jadwal Operasional", """Layanan penyedotan berjalan Senin sampai Sabtu pukul 07.00-16.00 WIB.
Pemesanan melalui telepon diterima setiap hari pukul 07.00-20.00 WIB.
Pada hari Minggu dan hari libur nasional tidak ada penyedotan, kecuali keadaan darurat."""),
("Lama Tunggu Layanan", """Penyedotan dilaksanakan paling lambat 3 hari kerja sejak pesanan dikonfirmasi.
Untuk tangki septik yang meluap, layanan darurat dijadwalkan pada hari yang sama.
Satu kali penyedotan rumah tangga umumnya selesai dalam 45 menit."""),
("Ketentuan Pembatalan dan Sanksi", """Pembatalan dilakukan paling lambat 1 hari sebelum jadwal.
Jika truk sudah tiba dan pemohon membatalkan, dikenakan biaya perjalanan Rp75.000.
Truk swasta yang membuang lumpur tinja di luar IPLT dapat dikenai denda hingga Rp5.000.000.
Izin operasional truk swasta tersebut juga dapat dicabut."""),
("Pemesanan Daring", """Pesanan dapat dibuat di aplikasi SEPTIK-KU Metro atau di laman septikku.metrokota.example.invalid.
Pemohon dapat memantau posisi truk dan membayar dengan QRIS melalui aplikasi."""),
("Pertanyaan Umum", """Berapa kali tangki septik sebaiknya disedot?
Dianjurkan setiap 3 tahun sekali untuk rumah dengan 4-6 penghuni.
Apakah petugas boleh menerima uang tambahan?
Tidak. Bayar hanya sesuai karcis resmi dan laporkan pungutan liar ke nomor pengaduan.
Apakah IPLT menerima limbah pabrik?
Tidak. IPLT hanya menerima lumpur tinja domestik."""),
("Hubungi Kami", """UPTD Pengelolaan Air Limbah Domestik DPUPR Kota Metro
Alamat: Jl. Soekarno-Hatta No. 21, Metro Barat
Telepon: (0725) 7852 330
WhatsApp: 0813 6900 2714
Surel: iplt@dpupr.metrokota.example.invalid
""" + END),
    ])

DOCS["id/metro/kartu-kuning-ak1.md"] = dict(
    fmt="md",
    title="Pembuatan Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu Kuning AK/1) Kota Metro",
    region="Kota Metro, Lampung",
    agency="Dinas Tenaga Kerja dan Transmigrasi Kota Metro",
    source="https://disnakertrans.metrokota.example.invalid/layanan/kartu-ak1",
    updated="2026-01-27",
    sections=[
("Keterangan Umum", """Kartu Tanda Bukti Pendaftaran Pencari Kerja atau kartu AK/1, yang dikenal warga sebagai kartu kuning, diterbitkan oleh Dinas Tenaga Kerja dan Transmigrasi Kota Metro bagi warga yang sedang mencari pekerjaan. Kartu ini sering diminta sebagai syarat melamar kerja di perusahaan maupun instansi.

Halaman ini tidak mengatur pendaftaran pelatihan di Balai Latihan Kerja (BLK) maupun pengaduan perselisihan hubungan industrial; keduanya memiliki layanan tersendiri di dinas yang sama."""),
("Persyaratan Pemohon", """- Warga yang berdomisili di Kota Metro, dibuktikan dengan KTP-el;
- berusia paling rendah 18 tahun;
- fotokopi ijazah terakhir dan transkrip nilai;
- pas foto berwarna ukuran 3x4 sebanyak 2 lembar;
- sertifikat pelatihan atau keahlian, bila ada.

Pemohon yang masih berstatus mahasiswa tingkat akhir dapat mendaftar dengan surat keterangan dari kampus."""),
("Alur Pengurusan", """1. Isi data diri secara daring atau di loket pelayanan.
2. Datang ke kantor untuk verifikasi berkas asli.
3. Petugas mencetak kartu AK/1 dan membubuhkan tanda tangan serta stempel.
4. Pemohon menerima kartu dan lembar informasi lowongan terbaru."""),
("Biaya", """Pembuatan kartu AK/1 tidak dipungut biaya alias gratis. Jika ada pihak yang meminta pembayaran, laporkan melalui kanal pengaduan di bawah."""),
("Waktu Penyelesaian", """Jika berkas lengkap, kartu selesai pada hari yang sama, paling lama 30 menit setelah verifikasi. Pendaftar daring dapat mengambil kartu paling cepat 1 hari kerja setelah pengisian data."""),
("Masa Berlaku dan Lapor Ulang", """Kartu AK/1 berlaku selama 2 tahun sejak diterbitkan. Pemegang kartu wajib lapor ulang setiap 6 bulan untuk memperbarui status. Kartu yang tidak dilaporkan ulang dianggap tidak aktif dan harus diperbarui sebelum dipakai melamar kerja.

Pemegang kartu yang sudah diterima bekerja wajib melapor paling lambat 30 hari setelah mulai bekerja."""),
("Jam Buka Loket", """| Hari | Jam layanan |
|---|---|
| Senin–Kamis | 08.00–14.30 WIB |
| Jumat | 08.00–11.00 WIB |
| Sabtu, Minggu, libur | Tutup |"""),
("Pendaftaran Secara Online", """Pengisian data dapat dilakukan melalui portal KerjaMetro di kerja.metrokota.example.invalid atau lewat akun SIAPkerja Kementerian Ketenagakerjaan. Setelah mengisi data, pemohon memperoleh nomor pendaftaran yang dibawa saat verifikasi."""),
("Pertanyaan yang Kerap Muncul", """### Apakah kartu bisa diambil orang lain?
Bisa, dengan surat kuasa bermeterai dan fotokopi KTP-el penerima kuasa.

### Kartu saya hilang, bagaimana?
Ajukan kartu pengganti dengan membawa surat keterangan hilang dari kepolisian.

### Apakah warga luar Kota Metro bisa membuat kartu di sini?
Tidak, kartu AK/1 dibuat di dinas tenaga kerja sesuai domisili KTP-el."""),
("Alamat dan Kontak", """Dinas Tenaga Kerja dan Transmigrasi Kota Metro, Jl. AH. Nasution No. 7, Metro Pusat.
Telepon: (0725) 7841 260
WhatsApp layanan: 0821 7712 6604
Surel: ak1@disnakertrans.metrokota.example.invalid

""" + END),
    ])

DOCS["id/metro/uji-kir.html"] = dict(
    fmt="html",
    portal="Portal Dinas Perhubungan Kota Metro",
    title="Pengujian Berkala Kendaraan Bermotor (Uji KIR) Kota Metro",
    region="Kota Metro, Lampung",
    agency="Dinas Perhubungan Kota Metro",
    source="https://dishub.metrokota.example.invalid/layanan/uji-kir",
    updated="2026-02-10",
    sections=[
("Penjelasan Layanan", """Dinas Perhubungan Kota Metro melaksanakan pengujian berkala kendaraan bermotor, atau uji KIR, di Unit Pelaksana Teknis Pengujian Kendaraan Bermotor di Metro Utara. Uji KIR wajib bagi mobil barang, mobil penumpang umum, bus, dan kereta gandengan yang terdaftar di Kota Metro.

Layanan ini tidak mencakup perpanjangan STNK atau pembayaran pajak kendaraan; keduanya diurus di Samsat Kota Metro."""),
("Kendaraan yang Wajib Diuji", """Kendaraan baru wajib uji pertama sebelum dioperasikan. Setelah itu uji berkala dilakukan setiap 6 bulan. Kendaraan pribadi jenis sedan, minibus dan sepeda motor tidak wajib uji KIR."""),
("Berkas yang Dibawa", """- STNK asli dan fotokopinya;
- buku uji atau kartu uji lama (untuk uji berkala);
- fotokopi KTP-el pemilik;
- surat kuasa bila yang datang bukan pemilik;
- untuk uji pertama, Sertifikat Registrasi Uji Tipe (SRUT)."""),
("Tahapan Pengujian", """1. Daftar dan ambil nomor antrean di loket.
2. Bayar retribusi di kasir atau secara nontunai.
3. Kendaraan masuk jalur uji: emisi gas buang, rem, lampu, kincup roda dan klakson.
4. Kendaraan yang lulus mendapat kartu uji elektronik dan tanda uji baru.
5. Kendaraan yang belum lulus diberi catatan perbaikan dan dapat diuji ulang."""),
("Retribusi Pengujian", """| Jenis kendaraan | Tarif sekali uji |
|---|---|
| Mobil barang kecil (pikap) | Rp87.000 |
| Mobil barang sedang (truk engkel) | Rp110.000 |
| Truk besar dan gandengan | Rp145.000 |
| Mobil penumpang umum (angkot) | Rp75.000 |
| Bus | Rp125.000 |

Penggantian kartu uji yang hilang atau rusak dikenakan biaya Rp25.000."""),
("Lama Proses", """Pengujian satu kendaraan berlangsung sekitar 40 menit bila antrean normal. Uji ulang bagi kendaraan yang belum lulus dapat dilakukan paling lambat 14 hari tanpa retribusi tambahan."""),
("Waktu Pelayanan", """Loket pendaftaran buka Senin sampai Kamis pukul 07.30–13.00 WIB dan Jumat pukul 07.30–10.30 WIB. Kendaraan yang terdaftar setelah jam tersebut dilayani pada hari kerja berikutnya."""),
("Keterlambatan Uji", """Kendaraan yang terlambat uji dikenakan denda keterlambatan Rp20.000 per bulan keterlambatan. Kendaraan yang tidak diuji lebih dari 12 bulan wajib menjalani pemeriksaan ulang lengkap seperti uji pertama. Razia gabungan di jalan dapat menilang kendaraan yang masa uji KIR-nya sudah habis."""),
("Antrean Daring", """Pemilik kendaraan dapat mengambil antrean dan membayar retribusi lebih dulu melalui aplikasi KIR Metro Online. Kode booking berlaku pada tanggal yang dipilih saja."""),
("Tanya Jawab Singkat", """### Apakah mobil pribadi yang dipakai usaha harus uji KIR?
Jika kendaraan berpelat hitam tetapi berupa mobil barang, tetap wajib uji.

### Bisakah uji di kota lain?
Bisa dengan numpang uji, membawa surat rekomendasi dari UPT Kota Metro.

### Kartu uji lama berbentuk buku, apakah masih berlaku?
Buku uji lama akan diganti kartu uji elektronik saat uji berikutnya."""),
("Informasi Kontak", """UPT Pengujian Kendaraan Bermotor Dinas Perhubungan Kota Metro, Jl. Ki Hajar Dewantara No. 112, Metro Utara. Telepon (0725) 7855 019. Surel kir@dishub.metrokota.example.invalid.

""" + END),
    ])

"""The twelve documents of marshes-id as data: fields and a Markdown body.

make_docs.py turns each body into Markdown (front matter), PDF, DOCX or HTML.
Body syntax: '## ' section, '### ' FAQ question, '- ' bullet, '| a | b |' table row,
anything else a paragraph. All figures are invented (see NOTE).
"""

NOTE = ("Dokumen evaluasi (marshes-id). Nama lembaga dan nama tempat nyata; semua tarif, "
        "biaya, jangka waktu, jam layanan, alamat, nomor telepon, nomor formulir, nama "
        "aplikasi dan portal adalah rekaan.")
END = "Dokumen evaluasi: angka, alamat dan jam layanan di halaman ini adalah rekaan."

DOCS = []


def doc(doc_id, fmt, title, region, agency, slug, updated, body):
    DOCS.append(dict(doc_id=doc_id, fmt=fmt, title=title, lang="id", country="ID",
                     region=region, agency=agency,
                     source=f"https://{slug}.example.invalid/layanan",
                     updated=updated, note=NOTE, body=body.strip() + "\n\n" + END + "\n"))


# ---------------------------------------------------------------- nasional
doc("id/nasional/sertifikasi-halal-umk.md", "md",
    "Sertifikasi Halal bagi Usaha Mikro dan Kecil", "Nasional",
    "Badan Penyelenggara Jaminan Produk Halal (BPJPH), Kementerian Agama",
    "halal", "2026-02-10", r"""
## Gambaran Umum Layanan
Produk makanan, minuman, bumbu dan hasil sembelihan yang beredar di Indonesia wajib bersertifikat halal. Pelaku usaha mikro dan kecil (UMK) dapat memilih dua jalur: jalur pernyataan pelaku usaha (self-declare) yang didampingi Pendamping Proses Produk Halal (PPH), atau jalur reguler yang melalui pemeriksaan Lembaga Pemeriksa Halal (LPH) dan sidang fatwa.

## Syarat Mengikuti Jalur Self-Declare
- memiliki Nomor Induk Berusaha (NIB) dengan skala usaha mikro atau kecil;
- hasil penjualan tahunan paling banyak Rp 500 juta;
- bahan yang dipakai sudah dipastikan halal, dan bahan hewani sudah bersertifikat halal;
- proses produksi sederhana dan tidak memakai alat yang juga dipakai untuk bahan tidak halal;
- satu pengajuan paling banyak 10 produk dari jenis yang sama.
Usaha yang tidak memenuhi syarat di atas, misalnya rumah potong atau produk dengan bahan hewani tanpa sertifikat, wajib menempuh jalur reguler.

## Berkas Permohonan
- KTP penanggung jawab usaha dan NIB;
- daftar bahan beserta merek dan pemasoknya;
- alur proses produksi dan foto tempat produksi;
- surat ikrar halal pada Formulir HLL-07 untuk jalur self-declare;
- manual Sistem Jaminan Produk Halal (SJPH) untuk jalur reguler.

## Cara Mengajukan
1. Buat akun di aplikasi HalalKu Daring memakai NIB.
2. Pilih jalur, isi data produk dan unggah berkas.
3. Jalur self-declare: pendamping PPH memverifikasi lokasi produksi dalam 3 hari kerja. Jalur reguler: pilih LPH dan bayar biaya pemeriksaan.
4. Berkas dikirim ke Komite Fatwa (self-declare) atau ke sidang fatwa MUI (reguler).
5. Sertifikat elektronik diterbitkan dan dapat diunduh dari akun.

## Tarif Layanan
| Jalur | Biaya |
| Self-declare dalam kuota program pemerintah | Rp 0 (ditanggung negara) |
| Self-declare di luar kuota | Rp 230.000 |
| Reguler usaha mikro dan kecil | Rp 650.000 ditambah biaya LPH |
| Penambahan varian produk | Rp 75.000 per pengajuan |
Kuota sertifikasi gratis dibuka setiap tahun mulai 2 Januari sampai habis.

## Jangka Waktu Penyelesaian
Jalur self-declare diselesaikan paling lama 12 hari kerja sejak berkas dinyatakan lengkap. Jalur reguler paling lama 21 hari kerja, di luar waktu pemeriksaan oleh LPH. Berkas yang dikembalikan untuk perbaikan harus dilengkapi dalam 10 hari kerja; lewat dari itu permohonan dianggap batal.

## Kewajiban Setelah Sertifikat Terbit
Sertifikat halal berlaku selama komposisi bahan dan proses produksi tidak berubah. Setiap perubahan bahan wajib dilaporkan paling lambat 14 hari setelah perubahan. Label halal nasional dicetak pada kemasan sesuai pedoman dan tidak boleh diubah warnanya.

## Sanksi Administratif
Pelaku usaha yang mencantumkan label halal tanpa sertifikat atau tidak melaporkan perubahan bahan dapat dikenai peringatan tertulis, denda administratif paling banyak Rp 2.000.000, sampai pencabutan sertifikat.

## Di Luar Cakupan Halaman Ini
Halaman ini tidak mencakup sertifikasi halal untuk usaha menengah dan besar, produk impor, maupun pendaftaran Lembaga Pemeriksa Halal. Penerbitan NIB dilakukan melalui sistem OSS milik Kementerian Investasi/BKPM, bukan oleh BPJPH.

## Tanya Jawab
### Apakah pendamping PPH boleh menarik bayaran?
Tidak. Pendampingan pada jalur self-declare tidak dipungut biaya apa pun dari pelaku usaha.
### Kalau kuota gratis sudah habis, apa yang bisa dilakukan?
Pelaku usaha dapat menunggu kuota tahun berikutnya atau mengajukan di luar kuota dengan biaya yang tercantum pada tabel tarif.
### Apakah warung makan bisa memakai jalur self-declare?
Bisa, selama menu tidak memakai daging dari pemasok yang belum bersertifikat halal.

## Layanan Informasi BPJPH
Pusat panggilan halal: (021) 5550 1460, Senin–Jumat pukul 08.00–16.00 WIB. Surel: halal@example.invalid. Konsultasi tatap muka tersedia di Satgas Layanan Halal kantor wilayah Kementerian Agama di setiap provinsi.
""")

doc("id/nasional/pendaftaran-merek.md", "md",
    "Pendaftaran Merek Dagang dan Jasa", "Nasional",
    "Direktorat Jenderal Kekayaan Intelektual (DJKI), Kementerian Hukum",
    "merek", "2026-01-22", r"""
## Tentang Perlindungan Merek
Merek adalah tanda berupa nama, logo, gambar atau kombinasinya yang membedakan barang atau jasa seseorang dari milik pihak lain. Hak atas merek baru lahir setelah merek terdaftar di Direktorat Jenderal Kekayaan Intelektual. Sistem yang berlaku adalah first to file: pemohon pertama yang memenuhi syarat yang mendapat perlindungan.

## Siapa yang Berhak Mengajukan
Permohonan dapat diajukan oleh perorangan, badan usaha, atau usaha mikro dan kecil (UMK). Pemohon dari luar negeri wajib memakai Konsultan Kekayaan Intelektual yang terdaftar. Pemohon UMK harus melampirkan surat keterangan UMK dari dinas koperasi setempat atau NIB dengan skala mikro/kecil.

## Kelengkapan Permohonan
- label merek dalam format JPG, ukuran paling besar 2 MB;
- data pemohon dan tanda tangan pada surat pernyataan kepemilikan (Formulir MRK-02);
- daftar barang atau jasa sesuai kelas Nice;
- surat keterangan UMK bila memakai tarif UMK;
- surat kuasa bila diajukan lewat konsultan.

## Tahapan Pendaftaran
1. Lakukan penelusuran merek yang mirip di pangkalan data PDKI Daring.
2. Buat akun di portal MerekKita dan isi formulir permohonan.
3. Bayar biaya dengan kode billing yang berlaku 2 hari.
4. Permohonan diperiksa kelengkapannya, lalu diumumkan selama 2 bulan untuk memberi kesempatan keberatan.
5. Pemeriksaan substantif oleh pemeriksa merek.
6. Sertifikat merek elektronik terbit bila disetujui.

## Biaya Permohonan
| Jenis permohonan | Biaya per kelas |
| UMK, daring | Rp 500.000 |
| Umum, daring | Rp 1.800.000 |
| Umum, luring | Rp 2.000.000 |
| Perpanjangan UMK | Rp 1.000.000 |
| Perpanjangan umum | Rp 3.000.000 |
Biaya dihitung per kelas; merek yang dimohonkan untuk tiga kelas membayar tiga kali.

## Perkiraan Waktu Proses
Pemeriksaan substantif diselesaikan paling lama 150 hari kerja. Seluruh proses dari permohonan sampai sertifikat rata-rata memakan waktu 8 sampai 12 bulan bila tidak ada keberatan.

## Masa Perlindungan dan Perpanjangan
Merek terdaftar dilindungi selama 10 tahun sejak tanggal penerimaan permohonan. Perpanjangan dapat diajukan paling cepat 6 bulan sebelum masa perlindungan berakhir. Perpanjangan yang terlambat masih dapat diajukan dalam 6 bulan sesudahnya dengan denda keterlambatan sebesar Rp 1.500.000 per kelas.

## Jika Permohonan Ditolak
Pemohon dapat mengajukan tanggapan atas usulan penolakan dalam 30 hari sejak surat diterima. Bila tetap ditolak, banding dapat diajukan ke Komisi Banding Merek paling lambat 90 hari.

## Layanan yang Tidak Termasuk
Halaman ini hanya membahas merek. Pencatatan hak cipta (lagu, buku, program komputer), paten, desain industri dan indikasi geografis memiliki prosedur dan biaya sendiri. Sengketa merek di Pengadilan Niaga juga tidak dilayani di sini.

## Pertanyaan Umum
### Apakah boleh mendaftarkan merek atas nama pribadi padahal usahanya CV?
Boleh, tetapi merek menjadi milik pribadi pemohon dan pengalihannya ke CV harus dicatat kemudian.
### Bisakah memakai simbol ® sebelum sertifikat terbit?
Tidak. Simbol ® hanya boleh dipakai setelah merek terdaftar; sebelum itu gunakan tanda TM.
### Apakah ada layanan pendampingan gratis?
Ada klinik merek di kantor wilayah Kementerian Hukum setiap Selasa dan Kamis.

## Kontak DJKI
Layanan pelanggan: (021) 5550 2200, Senin–Jumat pukul 08.00–15.00 WIB. Surel: merek@example.invalid. Loket layanan tatap muka: Jalan Contoh Kuningan No. 8, Jakarta Selatan.
""")

# ---------------------------------------------------------------- Tomohon
doc("id/tomohon/retribusi-sampah.md", "md",
    "Retribusi Pelayanan Persampahan Kota Tomohon", "Kota Tomohon, Sulawesi Utara",
    "Dinas Lingkungan Hidup Kota Tomohon", "dlh-tomohon", "2026-03-04", r"""
## Dasar dan Tujuan Retribusi
Retribusi persampahan dipungut atas pengangkutan sampah dari rumah tangga, usaha dan kantor ke Tempat Pemrosesan Akhir (TPA) Tomohon. Hasil retribusi dipakai untuk operasional armada dan kebersihan di lima kecamatan: Tomohon Utara, Tomohon Tengah, Tomohon Selatan, Tomohon Timur dan Tomohon Barat.

## Wajib Retribusi
Setiap rumah tangga, toko, rumah makan, penginapan, kantor dan tempat usaha yang sampahnya diangkut armada Dinas Lingkungan Hidup. Warga yang belum terdaftar dapat mendaftar di kantor kelurahan atau kantor dinas dengan membawa KTP dan rekening listrik.

## Besaran Tarif Bulanan
| Kategori | Tarif per bulan |
| Rumah tangga | Rp 15.000 |
| Kios dan warung | Rp 30.000 |
| Rumah makan dan kafe | Rp 75.000 |
| Penginapan dan homestay | Rp 125.000 |
| Kantor swasta dan bank | Rp 100.000 |
| Sampah acara (per kegiatan) | Rp 150.000 |
Pada masa Tomohon International Flower Festival, tempat usaha di jalur festival dikenai tambahan Rp 20.000 untuk bulan tersebut.

## Cara Membayar
- melalui petugas penagih resmi yang membawa kartu identitas dan karcis bernomor seri;
- di loket kantor Dinas Lingkungan Hidup;
- melalui aplikasi BersihTomohon dengan kode bayar yang tertera pada kartu retribusi.
Petugas tidak menerima pembayaran tanpa karcis.

## Batas Waktu dan Denda
Retribusi dibayar paling lambat tanggal 20 setiap bulan. Keterlambatan dikenai denda 2% per bulan dari tarif terutang, paling lama 24 bulan. Tunggakan tiga bulan berturut-turut dapat menyebabkan pengangkutan dihentikan sementara.

## Jadwal Pengangkutan
Sampah rumah tangga diangkut tiga kali seminggu pada pukul 06.00–10.00 WITA. Sampah pasar dan jalur utama diangkut setiap hari. Sampah diletakkan dalam kantong tertutup di depan rumah paling lambat pukul 06.00.

## Permintaan Angkutan Khusus
Untuk sampah dalam jumlah besar, misalnya sisa renovasi atau pohon tumbang, warga mengajukan permintaan ke dinas paling lambat 3 hari kerja sebelumnya. Angkutan khusus dikenai biaya Rp 250.000 per rit.

## Hal yang Tidak Dilayani
Halaman ini tidak mencakup penyedotan tinja dan limbah cair, limbah medis rumah sakit, maupun limbah bahan berbahaya dan beracun (B3). Limbah B3 dan medis wajib diserahkan kepada pengangkut berizin.

## Pertanyaan Seputar Retribusi Sampah
### Apakah rumah kosong tetap bayar?
Rumah yang tidak dihuni lebih dari tiga bulan dapat dibebaskan setelah melapor ke kelurahan.
### Bisakah bayar sekaligus setahun?
Bisa, di loket atau aplikasi, dan mendapat potongan 10%.
### Ke mana melapor jika sampah tidak diangkut?
Hubungi pusat layanan pada nomor di bawah ini atau kirim laporan lewat aplikasi.

## Kantor dan Jam Pelayanan
Dinas Lingkungan Hidup Kota Tomohon, Jalan Contoh Kakaskasen No. 12, Tomohon Utara. Loket buka Senin–Jumat pukul 08.00–15.00 WITA. Pusat layanan kebersihan: 0431-555-3101. Surel: dlh@example.invalid.
""")

doc("id/tomohon/akta-kelahiran.md", "md",
    "Penerbitan Akta Kelahiran di Kota Tomohon", "Kota Tomohon, Sulawesi Utara",
    "Dinas Kependudukan dan Pencatatan Sipil Kota Tomohon", "dukcapil-tomohon",
    "2026-02-18", r"""
## Keterangan Layanan
Akta kelahiran adalah bukti sah status dan identitas anak yang diterbitkan oleh Dinas Kependudukan dan Pencatatan Sipil. Layanan ini diberikan kepada anak yang lahir di Kota Tomohon atau yang orang tuanya terdaftar sebagai penduduk Kota Tomohon.

## Persyaratan Pengurusan
- surat keterangan lahir dari rumah sakit, puskesmas atau bidan, misalnya RSUD Anugerah Tomohon, RS Bethesda Tomohon atau RS Gunung Maria;
- Kartu Keluarga (KK) orang tua;
- KTP-el kedua orang tua;
- buku nikah atau akta perkawinan orang tua;
- dua orang saksi kelahiran beserta fotokopi KTP-el;
- Formulir F-2.01 yang telah diisi.
Bila buku nikah tidak ada, dapat diganti dengan Surat Pernyataan Tanggung Jawab Mutlak (SPTJM).

## Alur Permohonan
1. Ambil nomor antrean di kantor Disdukcapil atau daftar daring.
2. Serahkan berkas kepada petugas verifikasi.
3. Petugas merekam data dan mencetak akta.
4. Akta sekaligus KK yang diperbarui diserahkan kepada pemohon atau dikirim dalam bentuk PDF ber-TTE.

## Pengajuan Tanpa Datang ke Kantor
Permohonan dapat dikirim melalui aplikasi SiDukTomohon. Dokumen diunggah dalam format PDF, dan akta yang ditandatangani elektronik dikirim ke surel pemohon untuk dicetak sendiri pada kertas HVS 80 gram.

## Biaya
Seluruh layanan akta kelahiran gratis, termasuk untuk pelaporan yang terlambat. Warga yang dimintai uang oleh siapa pun diminta melapor ke nomor pengaduan di bawah.

## Lama Penyelesaian
Akta selesai dalam 1 hari kerja untuk berkas lengkap yang diajukan di loket sebelum pukul 12.00 WITA. Pengajuan melalui aplikasi diselesaikan paling lama 3 hari kerja.

## Batas Waktu Pelaporan Kelahiran
Kelahiran wajib dilaporkan paling lambat 60 hari sejak tanggal lahir. Pelaporan yang lewat dari 60 hari tetap dilayani tanpa denda, tetapi pemohon harus melampirkan surat keterangan dari lurah.

## Pelayanan Keliling dan Rumah Sakit
Petugas Disdukcapil membuka pojok layanan di RSUD Anugerah Tomohon setiap Rabu pukul 09.00–12.00 WITA, sehingga bayi yang baru lahir dapat langsung dibuatkan akta. Layanan keliling ke kelurahan dijadwalkan setiap bulan.

## Layanan Lain yang Tidak Dijelaskan
Halaman ini tidak menjelaskan akta kematian, akta perkawinan, pembuatan KTP-el, maupun Kartu Identitas Anak (KIA). Layanan tersebut memiliki persyaratan sendiri di Disdukcapil.

## Pertanyaan yang Sering Muncul
### Bolehkah kakek atau nenek yang mengurus?
Boleh, dengan surat kuasa dari orang tua dan fotokopi KTP-el penerima kuasa.
### Bagaimana jika nama di akta salah ketik?
Pembetulan dapat diajukan tanpa biaya dengan membawa akta asli dan dokumen pendukung.
### Apakah akta hasil cetak sendiri sah?
Sah, karena memakai tanda tangan elektronik dan kode QR yang dapat diperiksa.

## Alamat dan Kontak
Disdukcapil Kota Tomohon, Jalan Contoh Walian No. 5, Tomohon Selatan. Jam layanan Senin–Kamis 08.00–15.00 WITA dan Jumat 08.00–11.30 WITA. Telepon/WhatsApp: 0812-5550-7702. Surel: dukcapil@example.invalid.
""")

doc("id/tomohon/uji-kir-kendaraan.pdf", "pdf",
    "Pengujian Berkala Kendaraan Bermotor (Uji KIR) Kota Tomohon",
    "Kota Tomohon, Sulawesi Utara", "Dinas Perhubungan Kota Tomohon", "dishub-tomohon",
    "2026-01-30", r"""
## Pengertian dan Kewajiban Uji
Uji berkala atau uji KIR adalah pemeriksaan kelayakan jalan bagi mobil barang, mobil bus, mobil penumpang umum dan kendaraan khusus. Kendaraan wajib uji harus diperiksa setiap 6 bulan di Unit Pelaksana Uji Kendaraan Bermotor Dinas Perhubungan Kota Tomohon.

## Kendaraan yang Wajib Diuji
- mobil penumpang umum, termasuk angkot trayek Tomohon–Manado;
- mobil bus dan mikrobus;
- mobil barang: pikap, truk dan bak terbuka;
- kereta gandengan dan tempelan.
Mobil pribadi berpelat hitam yang tidak dipakai mengangkut barang tidak wajib uji.

## Syarat Uji Pertama dan Uji Ulang
- STNK asli yang masih berlaku dan fotokopinya;
- buku uji lama atau kartu uji elektronik untuk uji ulang;
- KTP pemilik atau surat kuasa bermaterai;
- sertifikat registrasi uji tipe (SRUT) untuk uji pertama;
- Formulir UK-03 yang telah diisi.

## Urutan Pemeriksaan
1. Pendaftaran dan pembayaran di loket.
2. Pemeriksaan visual: rangka, kaca, lampu dan ban.
3. Pengujian emisi gas buang, rem dan kincup roda dengan alat uji.
4. Penilaian oleh penguji bersertifikat.
5. Penerbitan kartu uji elektronik dan tanda lulus uji.

## Tarif Retribusi Pengujian
| Jenis kendaraan | Tarif sekali uji |
| Mobil penumpang umum | Rp 85.000 |
| Mobil bus | Rp 110.000 |
| Mobil barang sampai 3,5 ton | Rp 95.000 |
| Mobil barang di atas 3,5 ton | Rp 140.000 |
| Kereta gandengan/tempelan | Rp 120.000 |
| Penggantian kartu uji hilang | Rp 50.000 |

## Waktu Layanan dan Lama Uji
Loket pendaftaran buka Senin–Jumat pukul 08.00–13.00 WITA. Pengujian satu kendaraan memakan waktu sekitar 45 menit. Kartu uji elektronik dicetak pada hari yang sama.

## Keterlambatan dan Sanksi
Kendaraan yang terlambat uji dikenai denda retribusi Rp 25.000 per bulan keterlambatan. Kendaraan yang tidak lulus uji diberi waktu perbaikan paling lama 14 hari untuk uji ulang tanpa biaya tambahan. Kendaraan tanpa tanda lulus uji dapat ditilang saat operasi gabungan.

## Pendaftaran Daring
Pemilik dapat memesan jadwal uji melalui portal UjiKu Tomohon paling lambat 1 hari sebelum kedatangan. Pemesanan daring mendapat jalur antrean tersendiri.

## Cakupan Halaman
Halaman ini tidak mencakup perpanjangan STNK, pajak kendaraan dan mutasi pelat nomor, yang dilayani Samsat. Izin trayek angkutan umum diurus terpisah.

## Pertanyaan Pemilik Kendaraan
Apakah mobil dari kabupaten lain boleh uji di Tomohon?
Boleh, dengan membawa surat numpang uji dari daerah asal.
Berapa lama kartu uji berlaku?
Kartu uji berlaku 6 bulan sejak tanggal lulus uji.
Bolehkah diwakilkan ke bengkel?
Boleh, dengan surat kuasa pemilik kendaraan.

## Lokasi Unit Pengujian
UPT Pengujian Kendaraan Bermotor, Jalan Contoh Tondangow No. 3, Tomohon Selatan. Telepon: 0431-555-3330. Surel: kir@example.invalid.
""")

doc("id/tomohon/ambulans-gratis.html", "html",
    "Layanan Ambulans Gratis Kota Tomohon", "Kota Tomohon, Sulawesi Utara",
    "Dinas Kesehatan Kota Tomohon", "dinkes-tomohon", "2026-03-12", r"""
## Tentang Layanan Ambulans
Pemerintah Kota Tomohon menyediakan ambulans gratis bagi warga yang membutuhkan pengantaran darurat ke fasilitas kesehatan. Layanan dijalankan oleh Dinas Kesehatan bersama puskesmas di setiap kecamatan dan beroperasi 24 jam setiap hari, termasuk hari libur.

## Siapa yang Dapat Dilayani
- warga ber-KTP Kota Tomohon dan keluarganya;
- pendatang atau wisatawan yang mengalami kecelakaan atau kedaruratan di wilayah Kota Tomohon;
- ibu hamil yang akan bersalin dan membutuhkan rujukan.
Layanan tidak meminta kartu BPJS sebagai syarat penjemputan.

## Cara Memanggil Ambulans
1. Hubungi Call Center Tomohon Siaga di nomor 0431-555-0119.
2. Sebutkan nama, alamat lengkap, patokan rumah dan kondisi pasien.
3. Operator meneruskan panggilan ke pos ambulans terdekat.
4. Siapkan KTP pasien atau keluarga saat ambulans tiba.

## Jenis Pengantaran dan Biaya
| Jenis layanan | Biaya bagi warga |
| Gawat darurat ke rumah sakit dalam kota | Gratis |
| Rujukan antar-rumah sakit ke Manado | Gratis |
| Pemulangan pasien dari rumah sakit | Gratis |
| Pengantaran jenazah dalam kota | Gratis |
| Pengantaran ke luar Provinsi Sulawesi Utara | Rp 15.000 per km (bahan bakar) |

## Waktu Tanggap
Ambulans ditargetkan tiba paling lama 15 menit untuk wilayah dalam kota dan 30 menit untuk kelurahan di lereng Gunung Lokon dan Gunung Mahawu. Waktu tempuh dapat lebih lama pada masa festival bunga.

## Rumah Sakit Tujuan
Pasien diantar ke rumah sakit terdekat yang sesuai kondisinya, antara lain RSUD Anugerah Tomohon, RS Bethesda Tomohon dan RS Gunung Maria Tomohon. Rujukan ke RSUP Prof. Dr. R. D. Kandou Manado dilakukan atas permintaan dokter.

## Ketentuan Penggunaan
Ambulans hanya untuk keperluan medis dan jenazah. Panggilan palsu atau iseng dapat dilaporkan kepada pihak kepolisian. Keluarga pasien yang ikut paling banyak 2 orang.

## Di Luar Layanan Ini
Halaman ini tidak mencakup pemadam kebakaran, evakuasi bencana oleh BPBD, dan pelayanan mobil jenazah untuk pemakaman di luar kota. Layanan tersebut ditangani instansi masing-masing.

## Pertanyaan yang Sering Ditanyakan
### Apakah sopir ambulans boleh meminta uang bensin?
Tidak. Seluruh layanan dalam kota gratis, dan permintaan uang dapat dilaporkan.
### Bisakah ambulans dipesan untuk kontrol rutin?
Bisa untuk pasien yang tidak dapat duduk, dengan pemesanan paling lambat 1 hari sebelumnya.
### Apakah ambulans membawa tenaga kesehatan?
Ya, setiap ambulans membawa satu perawat dan satu pengemudi terlatih.

## Kontak dan Pengaduan
Call Center Tomohon Siaga: 0431-555-0119 (24 jam). Pengaduan layanan: WhatsApp 0813-5550-4411 atau surel ambulans@example.invalid. Kantor Dinas Kesehatan: Jalan Contoh Matani No. 9, Tomohon Tengah, Senin–Jumat 08.00–15.30 WITA.
""")

# ---------------------------------------------------------------- Kota Bima
doc("id/bima/sedot-tinja.docx", "docx",
    "Layanan Penyedotan Lumpur Tinja (IPLT) Kota Bima", "Kota Bima, Nusa Tenggara Barat",
    "Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Bima", "perkim-bima",
    "2026-02-05", r"""
## Ruang Lingkup Layanan
Pemerintah Kota Bima melayani penyedotan lumpur tinja dari tangki septik rumah tangga, usaha dan fasilitas umum. Lumpur tinja diangkut dengan truk tinja dan diolah di Instalasi Pengolahan Lumpur Tinja (IPLT) Kota Bima, sehingga tidak dibuang ke sungai atau Teluk Bima.

## Wilayah Pelayanan
Layanan menjangkau seluruh kelurahan di lima kecamatan: Asakota, Rasanae Barat, Rasanae Timur, Mpunda dan Raba. Permintaan dari Kabupaten Bima dapat dilayani dengan tarif luar kota.

## Syarat Pemesanan
- mengisi Formulir IPLT-01 di kantor atau melalui aplikasi;
- fotokopi KTP pemohon;
- lokasi tangki septik dapat dijangkau selang sepanjang 30 meter dari jalan.

## Cara Memesan
1. Hubungi layanan pemesanan atau isi formulir di aplikasi SedotBima.
2. Petugas menghubungi kembali untuk survei dan jadwal.
3. Bayar retribusi di loket atau melalui transfer ke rekening kas daerah.
4. Truk tinja datang sesuai jadwal; pemohon menandatangani berita acara penyedotan.

## Tarif Retribusi
| Jenis pelanggan | Tarif per sekali sedot |
| Rumah tangga (sampai 3 m³) | Rp 200.000 |
| Rumah tangga berpenghasilan rendah | Rp 100.000 |
| Usaha, hotel dan rumah makan | Rp 450.000 |
| Sekolah, masjid dan fasilitas umum | Rp 150.000 |
| Luar Kota Bima | Rp 600.000 |
Kelebihan volume di atas 3 m³ dikenai tambahan Rp 60.000 per m³.

## Jadwal Kerja dan Waktu Tunggu
Penyedotan dilaksanakan Senin–Sabtu pukul 07.30–14.00 WITA. Jadwal diberikan paling lama 5 hari kerja setelah pemesanan. Satu kali penyedotan rumah tangga berlangsung sekitar 1 sampai 2 jam.

## Layanan Sedot Tinja Terjadwal
Rumah tangga yang mendaftar layanan terjadwal disedot setiap 3 tahun dan membayar secara cicilan Rp 7.500 per bulan bersama tagihan air. Pendaftaran dibuka di kantor dinas.

## Larangan dan Sanksi
Penyedot swasta dilarang membuang lumpur tinja selain ke IPLT. Pelanggaran dikenai denda administratif Rp 5.000.000 dan pencabutan izin usaha.

## Yang Tidak Kami Tangani
Layanan ini tidak mencakup pembangunan atau perbaikan tangki septik, saluran air hujan yang tersumbat dan pengangkutan sampah rumah tangga.

## Tanya Jawab Layanan Sedot Tinja
### Apakah tangki septik perlu dibongkar?
Tidak, cukup membuka lubang kontrol. Bila tidak ada, petugas membantu membuatnya dengan biaya Rp 50.000.
### Bagaimana kalau rumah di gang sempit?
Tersedia motor tinja berkapasitas 1 m³ untuk gang yang tidak dilalui truk.
### Berapa lama sebaiknya tangki disedot?
Dianjurkan setiap 2 sampai 3 tahun.

## Hubungi Kami
Unit Pengelola IPLT, Jalan Contoh Lampe No. 2, Rasanae Timur. Pemesanan: 0374-555-4200 atau WhatsApp 0852-5550-4201. Kantor buka Senin–Jumat 08.00–15.00 WITA. Surel: iplt@example.invalid.
""")

doc("id/bima/lampu-jalan-rusak.md", "md",
    "Pengaduan dan Perbaikan Penerangan Jalan Umum (PJU) Kota Bima",
    "Kota Bima, Nusa Tenggara Barat", "Dinas Perhubungan Kota Bima", "dishub-bima",
    "2026-03-01", r"""
## Tentang Penerangan Jalan Umum
Dinas Perhubungan Kota Bima memelihara lampu penerangan jalan umum (PJU) di jalan kota, termasuk jalur Jalan Soekarno-Hatta, kawasan Amahami dan jalan lingkungan di kelurahan. Warga dapat melaporkan lampu yang mati, berkedip, tiang miring atau kabel terkelupas.

## Apa Saja yang Dapat Dilaporkan
- lampu jalan padam atau menyala di siang hari;
- tiang PJU roboh, miring atau berkarat parah;
- kabel PJU terbuka yang membahayakan;
- permintaan pemasangan lampu baru di jalan yang gelap.

## Data yang Perlu Disampaikan
Cantumkan nama pelapor, nomor telepon, nama jalan dan kelurahan, nomor tiang yang tertera pada stiker tiang (bila ada), serta foto kondisi lampu. Laporan tanpa lokasi yang jelas tidak dapat ditindaklanjuti.

## Saluran Pelaporan
- aplikasi TerangBima, menu Lapor PJU;
- WhatsApp Layanan PJU 0853-5550-1122;
- datang ke kantor Dinas Perhubungan;
- melalui ketua RT atau lurah.
Setiap laporan mendapat nomor tiket untuk memantau perkembangan.

## Standar Waktu Perbaikan
| Jenis kerusakan | Target penanganan |
| Kabel terbuka atau tiang roboh | 1 x 24 jam |
| Lampu padam satu titik | 3 hari kerja |
| Lampu padam satu ruas jalan | 5 hari kerja |
| Penggantian tiang rusak | 14 hari kerja |
| Pemasangan lampu baru | dijadwalkan tahun anggaran berikutnya |

## Biaya bagi Warga
Perbaikan dan penggantian lampu PJU tidak dipungut biaya apa pun. Petugas yang meminta imbalan dapat dilaporkan melalui saluran pengaduan.

## Jam Kerja Regu Perbaikan
Regu perbaikan bekerja Senin–Sabtu pukul 08.00–16.00 WITA. Untuk kondisi berbahaya, regu siaga malam dapat dihubungi sampai pukul 23.00 WITA.

## Pemasangan Lampu oleh Warga
Warga yang ingin memasang lampu sendiri pada tiang PJU wajib mendapat izin tertulis dari Dinas Perhubungan. Penyambungan liar ke jaringan PJU dikenai denda Rp 1.000.000 dan pembongkaran.

## Bukan Bagian dari Layanan Ini
Lampu lalu lintas (traffic light), listrik rumah yang padam dan meteran prabayar bukan urusan layanan ini. Gangguan listrik rumah dilaporkan langsung ke PLN.

## Pertanyaan Warga
### Bagaimana jika lampu di gang kecil mati?
Tetap dapat dilaporkan selama lampu itu terpasang pada tiang PJU milik pemerintah kota.
### Apakah laporan bisa tanpa nama?
Bisa melalui aplikasi, tetapi petugas tidak dapat menghubungi pelapor untuk memastikan lokasi.
### Berapa lama tiket dapat dipantau?
Status tiket dapat dilihat sampai 30 hari setelah laporan ditutup.

## Alamat Kantor
Dinas Perhubungan Kota Bima, Jalan Contoh Gatot Subroto No. 17, Rasanae Barat. Kantor buka Senin–Jumat 07.30–15.30 WITA. Surel: pju@example.invalid.
""")

doc("id/bima/retribusi-kios-pasar.md", "md",
    "Sewa Kios dan Retribusi Pasar di Kota Bima", "Kota Bima, Nusa Tenggara Barat",
    "Dinas Perindustrian dan Perdagangan Kota Bima", "disperindag-bima",
    "2026-01-15", r"""
## Pasar yang Dikelola Pemerintah Kota
Dinas Perindustrian dan Perdagangan Kota Bima mengelola Pasar Raya Amahami, Pasar Raba dan beberapa pasar kelurahan. Pedagang yang menempati kios, los atau lapak wajib memiliki izin pemakaian tempat dan membayar retribusi.

## Siapa yang Dapat Menyewa Kios
Warga Negara Indonesia yang berusia paling rendah 18 tahun, memiliki KTP, dan tidak sedang menunggak retribusi di pasar mana pun di Kota Bima. Satu orang paling banyak menyewa 2 kios.

## Berkas Pengajuan Izin Tempat
- fotokopi KTP dan KK;
- pas foto berwarna ukuran 3x4 sebanyak 2 lembar;
- surat permohonan pada Formulir PSR-05;
- surat pernyataan bersedia mematuhi tata tertib pasar.

## Tahapan Mendapat Kios
1. Ajukan permohonan ke kantor UPT Pasar.
2. Petugas memeriksa kios yang kosong dan menawarkan lokasi.
3. Pemohon menandatangani perjanjian sewa.
4. Kartu izin pemakaian tempat diterbitkan dalam 7 hari kerja.

## Daftar Tarif Retribusi
| Jenis tempat | Tarif |
| Kios Pasar Raya Amahami | Rp 350.000 per bulan |
| Kios pasar kelurahan | Rp 200.000 per bulan |
| Los terbuka | Rp 5.000 per hari |
| Lapak/pelataran | Rp 3.000 per hari |
| Kebersihan pasar | Rp 2.000 per hari |
Retribusi harian ditarik petugas dengan karcis; retribusi bulanan dibayar di loket UPT Pasar.

## Masa Berlaku Izin dan Pembayaran
Izin pemakaian kios berlaku 2 tahun dan dapat diperpanjang. Retribusi bulanan dibayar paling lambat tanggal 10 setiap bulan.

## Denda dan Pencabutan Izin
Keterlambatan retribusi bulanan dikenai denda 2% per bulan. Kios yang menunggak 3 bulan atau dibiarkan tutup lebih dari 60 hari tanpa pemberitahuan dapat dicabut izinnya dan dialihkan kepada pedagang lain. Pemindahtanganan kios tanpa izin dinas dilarang.

## Pembayaran Non-Tunai
Retribusi bulanan dapat dibayar melalui kanal QRIS Pasar Bima yang tertera di loket atau melalui aplikasi PasarBima. Bukti bayar elektronik berlaku sebagai karcis.

## Batas Layanan Halaman Ini
Halaman ini tidak mengatur izin usaha perdagangan atau NIB, pasar hewan, serta penataan pedagang kaki lima di luar pasar yang ditangani Satpol PP.

## Pertanyaan Pedagang
### Bolehkah kios dipakai sebagai gudang?
Tidak, kios harus dipakai untuk berjualan minimal 5 hari dalam seminggu.
### Apakah kios bisa diwariskan?
Bisa kepada suami, istri atau anak dengan mengajukan balik nama ke UPT Pasar.
### Jam berapa pasar buka?
Pasar Raya Amahami buka setiap hari pukul 05.00–17.00 WITA.

## Kantor UPT Pasar
UPT Pasar Raya Amahami, Jalan Contoh Sultan Ibrahim No. 1, Rasanae Barat. Loket retribusi buka Senin–Sabtu 07.00–14.00 WITA. Telepon: 0374-555-4350. Surel: pasar@example.invalid.
""")

# ---------------------------------------------------------------- Prabumulih
doc("id/prabumulih/pbb-p2.md", "md",
    "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) Kota Prabumulih",
    "Kota Prabumulih, Sumatera Selatan", "Badan Pendapatan Daerah Kota Prabumulih",
    "bapenda-prabumulih", "2026-02-25", r"""
## Penjelasan Singkat PBB-P2
PBB-P2 adalah pajak daerah atas tanah dan bangunan yang dimiliki atau dimanfaatkan oleh orang pribadi atau badan di Kota Prabumulih. Surat Pemberitahuan Pajak Terutang (SPPT) diterbitkan setiap tahun dan dibagikan melalui kelurahan dan desa di enam kecamatan.

## Dasar Pengenaan dan Tarif
| Nilai Jual Objek Pajak (NJOP) | Tarif |
| Sampai Rp 1 miliar | 0,1% |
| Di atas Rp 1 miliar sampai Rp 5 miliar | 0,15% |
| Di atas Rp 5 miliar | 0,2% |
| Lahan produksi pangan dan ternak | 0,08% |
NJOP tidak kena pajak ditetapkan sebesar Rp 15.000.000 untuk setiap wajib pajak.

## Pembagian SPPT
SPPT dibagikan mulai bulan Maret. Wajib pajak yang belum menerima SPPT sampai akhir April dapat meminta salinan di kantor kelurahan atau di Bapenda dengan membawa KTP.

## Jatuh Tempo dan Denda
Jatuh tempo pembayaran PBB-P2 adalah 31 Agustus 2026. Pembayaran setelah jatuh tempo dikenai sanksi administratif 1% per bulan, paling lama 24 bulan.

## Tempat dan Cara Membayar
- teller dan ATM bank daerah;
- kantor pos;
- minimarket yang bekerja sama;
- aplikasi PajakPrabu dengan memasukkan Nomor Objek Pajak (NOP).
Simpan bukti bayar sebagai tanda lunas.

## Keringanan dan Pengurangan
Wajib pajak pensiunan, veteran dan warga berpenghasilan rendah dapat mengajukan pengurangan sampai 50% dari pajak terutang. Permohonan diajukan paling lambat 3 bulan setelah SPPT diterima, dengan Formulir PBB-11.

## Pendaftaran Objek Baru dan Mutasi
Rumah yang baru dibangun atau tanah yang berganti pemilik wajib didaftarkan atau dimutasi dengan melampirkan sertifikat atau akta jual beli, KTP dan bukti lunas PBB tahun sebelumnya. Mutasi selesai dalam 10 hari kerja.

## Pemeriksaan Ulang Nilai
Wajib pajak yang merasa NJOP terlalu tinggi dapat mengajukan keberatan dalam 3 bulan sejak SPPT diterima. Keputusan atas keberatan diberikan paling lama 6 bulan.

## Hal di Luar Layanan Ini
Halaman ini tidak mencakup Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB), pajak kendaraan bermotor, dan sertifikat tanah yang diurus di kantor pertanahan.

## Pertanyaan yang Sering Diajukan
### Apakah SPPT hilang bisa dicetak ulang?
Bisa, gratis, di loket Bapenda atau diunduh dari aplikasi.
### Bisakah membayar PBB beberapa tahun sekaligus?
Bisa, tunggakan tahun sebelumnya dibayar bersama dendanya.
### Apakah ada hadiah bagi yang membayar lebih awal?
Ada undian bagi wajib pajak yang lunas sebelum 30 Juni.

## Kantor Pelayanan
Bapenda Kota Prabumulih, Jalan Contoh Jenderal Sudirman No. 21, Prabumulih Utara. Jam layanan Senin–Jumat 08.00–15.00 WIB. Layanan informasi PBB: 0713-555-3210. Surel: pbb@example.invalid.
""")

doc("id/prabumulih/kartu-identitas-anak.md", "md",
    "Kartu Identitas Anak (KIA) di Kota Prabumulih", "Kota Prabumulih, Sumatera Selatan",
    "Dinas Kependudukan dan Pencatatan Sipil Kota Prabumulih", "dukcapil-prabumulih",
    "2026-03-09", r"""
## Apa Itu KIA
Kartu Identitas Anak (KIA) adalah identitas resmi bagi anak berusia di bawah 17 tahun yang belum menikah. KIA dapat dipakai untuk mendaftar sekolah, membuka tabungan pelajar, berobat dan mendapat potongan harga di mitra yang bekerja sama dengan pemerintah kota.

## Dua Jenis KIA
- KIA untuk anak usia 0 sampai 5 tahun, tanpa foto;
- KIA untuk anak usia 5 sampai di bawah 17 tahun, dengan foto.
KIA anak di bawah 5 tahun berlaku sampai anak berusia 5 tahun, kemudian diganti dengan KIA berfoto.

## Persyaratan
- fotokopi kutipan akta kelahiran anak;
- Kartu Keluarga asli;
- KTP-el kedua orang tua atau wali;
- pas foto anak berwarna ukuran 2x3 sebanyak 2 lembar untuk anak berusia 5 tahun ke atas.

## Langkah Pengurusan
1. Orang tua datang ke kantor Disdukcapil atau kantor kecamatan yang melayani KIA.
2. Isi Formulir KIA-01 dan serahkan berkas.
3. Petugas memverifikasi data pada KK.
4. KIA dicetak dan diserahkan kepada orang tua.

## Biaya Penerbitan
Penerbitan KIA tidak dipungut biaya. Penggantian KIA yang hilang atau rusak juga gratis dengan membawa surat keterangan hilang dari kepolisian.

## Lama Pencetakan
KIA dicetak dalam 2 hari kerja sejak berkas lengkap. Pada masa penerimaan siswa baru, bulan Juni dan Juli, waktu pencetakan dapat menjadi 5 hari kerja.

## Layanan KIA di Sekolah
Disdukcapil membuka layanan jemput bola di sekolah dasar dan PAUD. Sekolah yang ingin dikunjungi mengajukan permohonan paling lambat 14 hari sebelumnya dengan daftar paling sedikit 50 siswa.

## Permohonan Daring
Orang tua dapat mengajukan KIA melalui aplikasi PrabuDukcapil. Kartu dapat diambil di loket atau dikirim ke alamat dengan ongkos kirim Rp 10.000 yang dibayar kepada kurir.

## Bukan Cakupan Halaman Ini
Halaman ini tidak mencakup akta kelahiran, perubahan KK dan pembuatan KTP-el bagi anak yang sudah berusia 17 tahun. Layanan tersebut diurus di loket lain Disdukcapil.

## Pertanyaan Orang Tua
### Apakah KIA wajib?
KIA diwajibkan bagi setiap anak penduduk Kota Prabumulih, tetapi tidak ada denda bagi yang belum memiliki.
### Bisakah KIA diurus oleh kakak yang sudah dewasa?
Bisa dengan surat kuasa dari orang tua.
### Apa yang dilakukan bila data di KIA salah?
Perbaiki dulu data di KK, lalu ajukan cetak ulang KIA tanpa biaya.

## Kontak Layanan
Disdukcapil Kota Prabumulih, Jalan Contoh Padat Karya No. 4, Prabumulih Timur. Jam layanan Senin–Jumat 08.00–14.30 WIB dan Sabtu 08.00–12.00 WIB. WhatsApp: 0811-5550-7133. Surel: kia@example.invalid.
""")

doc("id/prabumulih/sewa-gedung-gor.html", "html",
    "Sewa Gedung Olahraga dan Gedung Serbaguna Kota Prabumulih",
    "Kota Prabumulih, Sumatera Selatan", "Dinas Pemuda dan Olahraga Kota Prabumulih",
    "dispora-prabumulih", "2026-02-14", r"""
## Fasilitas yang Dapat Disewa
Dinas Pemuda dan Olahraga Kota Prabumulih menyewakan Gedung Olahraga (GOR) Prabumulih, lapangan bulu tangkis dalam ruang, lapangan futsal dan Gedung Serbaguna untuk kegiatan olahraga, pernikahan, wisuda dan pameran. Fasilitas terletak di kawasan olahraga Prabumulih Barat.

## Pihak yang Dapat Menyewa
Perorangan, sekolah, klub olahraga, organisasi kemasyarakatan dan perusahaan. Klub olahraga yang terdaftar di KONI Kota Prabumulih mendapat tarif pembinaan.

## Dokumen yang Dilampirkan Penyewa
- surat permohonan pada Formulir SGO-02;
- fotokopi KTP penanggung jawab;
- jadwal dan susunan acara;
- izin keramaian dari kepolisian untuk acara lebih dari 500 orang.

## Prosedur Pemesanan
1. Periksa jadwal kosong melalui aplikasi ArenaPrabu atau di kantor pengelola.
2. Ajukan permohonan paling lambat 14 hari sebelum acara.
3. Bayar uang muka 30% dalam 3 hari kerja setelah permohonan disetujui.
4. Lunasi sisa sewa paling lambat 7 hari sebelum acara.
5. Serah terima gedung dan kunci sehari sebelum acara.

## Tarif Sewa
| Fasilitas | Tarif |
| GOR, kegiatan olahraga | Rp 150.000 per jam |
| GOR, acara non-olahraga | Rp 3.500.000 per hari |
| Lapangan bulu tangkis | Rp 40.000 per jam |
| Lapangan futsal | Rp 120.000 per jam |
| Gedung Serbaguna | Rp 4.000.000 per hari |
| Uang jaminan kebersihan | Rp 1.000.000 (dikembalikan) |
Klub pembinaan KONI mendapat potongan 50% untuk latihan rutin.

## Jam Operasional
Fasilitas olahraga dapat dipakai setiap hari pukul 06.00–22.00 WIB. Gedung Serbaguna dapat dipakai pukul 07.00–23.00 WIB. Kantor pengelola melayani pemesanan Senin–Jumat pukul 08.00–15.00 WIB.

## Pembatalan dan Pengembalian
Pembatalan lebih dari 7 hari sebelum acara mendapat pengembalian 50% uang muka. Pembatalan kurang dari 7 hari tidak mendapat pengembalian. Kerusakan fasilitas dipotong dari uang jaminan.

## Tata Tertib
Penyewa dilarang merokok di dalam gedung, memasang paku pada dinding dan menggunakan kembang api. Penyewa yang melanggar dikenai denda Rp 500.000 dan dapat ditolak pada pemesanan berikutnya.

## Tidak Termasuk dalam Layanan
Halaman ini tidak mencakup peminjaman Stadion dan penyewaan kolam renang, yang dikelola unit tersendiri, serta izin keramaian yang diterbitkan oleh kepolisian.

## Tanya Jawab Penyewa
### Apakah harga sewa sudah termasuk listrik dan sound system?
Sudah termasuk listrik dan penerangan, tetapi tidak termasuk sound system.
### Bolehkah membawa katering sendiri?
Boleh, asalkan sampah dibawa keluar setelah acara.
### Bisakah menyewa setiap minggu untuk latihan?
Bisa dengan kontrak bulanan paling sedikit 4 kali pemakaian.

## Informasi dan Pemesanan
Kantor Pengelola GOR Prabumulih, Jalan Contoh Lingkar No. 10, Prabumulih Barat. Telepon: 0713-555-3900. WhatsApp: 0822-5550-3901. Surel: gor@example.invalid.
""")


# Further paragraphs, each added at the end of the named section (keeps the pages 450-750 words).
EXTRA = {
    "id/nasional/pendaftaran-merek.md": [
        ("Tentang Perlindungan Merek", "Merek yang terdaftar memberi hak eksklusif kepada pemiliknya untuk memakai merek tersebut dan melarang pihak lain memakai merek yang sama atau mirip untuk barang atau jasa sejenis. Pendaftaran juga memudahkan pelaku usaha bekerja sama dengan distributor, mendaftar di lokapasar dan mengajukan pembiayaan."),
    ],
    "id/nasional/sertifikasi-halal-umk.md": [],
    "id/tomohon/retribusi-sampah.md": [
        ("Wajib Retribusi", "Tempat usaha yang berada di satu bangunan dengan rumah tinggal hanya membayar tarif usaha. Kartu retribusi diberikan saat pendaftaran dan memuat nomor pelanggan yang dipakai untuk semua pembayaran."),
        ("Jadwal Pengangkutan", "Warga diminta memilah sampah organik dan anorganik. Sampah organik dari pasar dan rumah tangga diolah menjadi kompos untuk taman kota dan kebun bunga."),
        ("Hal yang Tidak Dilayani", "Pengangkutan sampah dari pemukiman yang tidak dilalui armada dilayani melalui tempat penampungan sementara (TPS) terdekat."),
    ],
    "id/tomohon/akta-kelahiran.md": [
        ("Keterangan Layanan", "Akta kelahiran diperlukan untuk mendaftar sekolah, mengurus paspor, menerima bantuan sosial dan mencatatkan hak waris. Setiap anak berhak atas akta kelahiran tanpa membedakan status perkawinan orang tuanya."),
        ("Pengajuan Tanpa Datang ke Kantor", "Pemohon yang mengajukan daring wajib memastikan nomor telepon dan alamat surel aktif. Petugas dapat meminta berkas tambahan melalui aplikasi, dan permohonan yang tidak dilengkapi dalam 7 hari ditutup otomatis."),
    ],
    "id/tomohon/uji-kir-kendaraan.pdf": [
        ("Pengertian dan Kewajiban Uji", "Pengujian bertujuan melindungi penumpang, pengguna jalan lain dan lingkungan dari kendaraan yang tidak laik jalan. Tanda lulus uji berupa stiker dan kartu uji elektronik yang wajib dibawa selama kendaraan dioperasikan."),
        ("Urutan Pemeriksaan", "Pemilik atau pengemudi menunggu di ruang tunggu selama pengujian. Kendaraan harus dalam keadaan bersih, tanpa muatan, dan tangki bahan bakar terisi cukup untuk proses pengujian."),
        ("Pendaftaran Daring", "Pemohon yang terlambat lebih dari 30 menit dari jadwal pesanan dilayani melalui antrean biasa. Bukti pesanan ditunjukkan kepada petugas loket dalam bentuk cetak atau pada layar ponsel."),
    ],
    "id/tomohon/ambulans-gratis.html": [
        ("Siapa yang Dapat Dilayani", "Pasien yang tidak memiliki identitas tetap dilayani lebih dahulu, sedangkan pendataan dilakukan setelah pasien tiba di rumah sakit."),
        ("Cara Memanggil Ambulans", "Jangan menutup telepon sebelum operator selesai bertanya. Operator dapat memberikan panduan pertolongan pertama sambil menunggu ambulans datang."),
        ("Ketentuan Penggunaan", "Ambulans tidak dapat dipakai untuk mengangkut barang, mengantar pasien yang tidak memerlukan perawatan, atau kegiatan di luar keperluan kesehatan. Petugas berhak menolak permintaan yang tidak sesuai ketentuan."),
    ],
    "id/bima/sedot-tinja.docx": [
        ("Ruang Lingkup Layanan", "Penyedotan berkala mencegah tangki septik penuh dan meluap, mencemari sumur warga, serta menimbulkan bau. Hasil olahan IPLT berupa air yang aman dibuang dan lumpur kering yang dapat dimanfaatkan sebagai pupuk."),
        ("Cara Memesan", "Pemohon diminta berada di rumah saat penyedotan dan menunjukkan letak tangki septik kepada petugas. Jika pemohon tidak ada di tempat, jadwal dipindahkan ke hari lain."),
        ("Yang Tidak Kami Tangani", "Pemasangan jamban sehat bagi keluarga tidak mampu diajukan melalui program sanitasi di kelurahan masing-masing."),
    ],
    "id/bima/lampu-jalan-rusak.md": [
        ("Tentang Penerangan Jalan Umum", "Penerangan jalan yang baik membantu keselamatan pengendara dan pejalan kaki serta mengurangi tindak kejahatan pada malam hari. Pemeliharaan dilakukan secara berkala dan berdasarkan laporan warga."),
        ("Data yang Perlu Disampaikan", "Foto sebaiknya diambil pada malam hari sehingga terlihat lampu yang padam, dan satu foto lagi pada siang hari untuk menunjukkan letak tiang."),
        ("Saluran Pelaporan", "Petugas memverifikasi laporan dan menentukan prioritas perbaikan. Pelapor menerima pemberitahuan ketika perbaikan selesai."),
    ],
    "id/bima/retribusi-kios-pasar.md": [
        ("Pasar yang Dikelola Pemerintah Kota", "Pengelolaan sehari-hari dilakukan oleh Unit Pelaksana Teknis (UPT) Pasar yang bertugas menjaga kebersihan, keamanan dan ketertiban pasar, serta menagih retribusi."),
        ("Tahapan Mendapat Kios", "Bila jumlah pemohon lebih banyak daripada kios yang tersedia, kios dibagikan melalui undian terbuka yang disaksikan perwakilan pedagang."),
        ("Masa Berlaku Izin dan Pembayaran", "Perpanjangan izin diajukan paling lambat 30 hari sebelum izin berakhir dengan membawa kartu izin lama dan bukti lunas retribusi."),
    ],
    "id/prabumulih/pbb-p2.md": [
        ("Penjelasan Singkat PBB-P2", "Penerimaan PBB-P2 dipakai untuk membiayai pembangunan jalan, sekolah, puskesmas dan pelayanan umum di Kota Prabumulih. Kecamatan yang dilayani meliputi Prabumulih Barat, Prabumulih Timur, Prabumulih Utara, Prabumulih Selatan, Cambai dan Rambang Kapak Tengah."),
        ("Tempat dan Cara Membayar", "Pembayaran melalui aplikasi dan bank tercatat langsung di sistem Bapenda, sehingga wajib pajak tidak perlu lagi melapor ke kelurahan."),
        ("Pendaftaran Objek Baru dan Mutasi", "Petugas dapat melakukan pengukuran ke lapangan untuk memastikan luas tanah dan bangunan yang didaftarkan."),
    ],
    "id/prabumulih/kartu-identitas-anak.md": [
        ("Apa Itu KIA", "Penerbitan KIA bertujuan memenuhi hak anak atas identitas dan mendorong pendataan penduduk yang lengkap. Setiap anak yang tercatat di Kartu Keluarga penduduk Kota Prabumulih berhak mendapatkan KIA."),
        ("Langkah Pengurusan", "Anak yang berusia 5 tahun ke atas sebaiknya ikut datang apabila pas foto akan diambil langsung oleh petugas."),
        ("Permohonan Daring", "Permohonan daring diverifikasi pada hari kerja. Orang tua menerima pemberitahuan melalui aplikasi ketika kartu siap diambil atau sudah dikirim."),
    ],
    "id/prabumulih/sewa-gedung-gor.html": [
        ("Fasilitas yang Dapat Disewa", "Gedung Olahraga berkapasitas sekitar 1.500 penonton dan dilengkapi ruang ganti, toilet, musala serta area parkir yang luas."),
        ("Pihak yang Dapat Menyewa", "Sekolah negeri di Kota Prabumulih dapat memakai lapangan untuk kegiatan pendidikan jasmani pada jam sekolah setelah mendapat surat persetujuan dari dinas."),
        ("Tata Tertib", "Penyewa bertanggung jawab atas keamanan barang milik sendiri dan wajib mengembalikan kondisi gedung seperti semula setelah acara selesai."),
    ],
}

EXTRA2 = {
    'id/bima/lampu-jalan-rusak.md': [('Standar Waktu Perbaikan', 'Waktu penanganan dihitung sejak laporan diverifikasi petugas. Perbaikan dapat tertunda bila suku cadang lampu harus dipesan lebih dahulu atau cuaca buruk, dan pelapor diberi tahu melalui nomor tiket bila terjadi penundaan.')],
    'id/bima/retribusi-kios-pasar.md': [('Denda dan Pencabutan Izin', 'Sebelum izin dicabut, UPT Pasar memberikan surat teguran sebanyak dua kali dengan selang waktu 7 hari. Pedagang yang melunasi tunggakan sebelum teguran kedua berakhir tetap dapat menempati kiosnya.')],
    'id/bima/sedot-tinja.docx': [('Jadwal Kerja dan Waktu Tunggu', 'Pada musim hujan permintaan biasanya meningkat sehingga warga dianjurkan memesan lebih awal. Penyedotan darurat untuk tangki yang meluap diprioritaskan dan dapat dijadwalkan pada hari berikutnya.')],
    'id/prabumulih/kartu-identitas-anak.md': [('Lama Pencetakan', 'Orang tua disarankan mengurus KIA sebelum masa pendaftaran sekolah agar tidak terkena antrean panjang. KIA yang tidak diambil dalam 3 bulan disimpan di kantor Disdukcapil dan dapat diambil kapan saja dengan membawa KK.')],
    'id/prabumulih/pbb-p2.md': [('Jatuh Tempo dan Denda', 'Sanksi dihitung sejak hari pertama setelah jatuh tempo, dan bagian bulan dihitung satu bulan penuh. Wajib pajak yang memiliki tunggakan tidak dapat memproses mutasi objek sebelum tunggakannya dilunasi.')],
    'id/prabumulih/sewa-gedung-gor.html': [('Jam Operasional', 'Pemakaian di luar jam operasional hanya dapat diberikan untuk pertandingan resmi dengan persetujuan Kepala Dinas dan dikenai tambahan biaya petugas jaga.')],
    'id/tomohon/akta-kelahiran.md': [('Biaya', 'Biaya fotokopi dan materai, bila diperlukan, ditanggung sendiri oleh pemohon. Disdukcapil tidak bekerja sama dengan calo atau biro jasa mana pun.')],
    'id/tomohon/ambulans-gratis.html': [('Waktu Tanggap', 'Pos ambulans tersebar di puskesmas kecamatan sehingga kendaraan terdekat dapat segera berangkat. Pada saat semua unit bertugas, operator meminta bantuan ambulans rumah sakit terdekat.')],
    'id/tomohon/retribusi-sampah.md': [('Cara Membayar', 'Bukti bayar dari aplikasi berlaku sama dengan karcis kertas.')],
    'id/tomohon/uji-kir-kendaraan.pdf': [('Waktu Layanan dan Lama Uji', 'Pada hari Sabtu, Minggu dan hari libur nasional tidak ada layanan pengujian. Antrean dibuka sejak pukul 07.30 WITA bagi pemohon yang datang tanpa pesanan.')],
}
for _k, _v in EXTRA2.items():
    EXTRA.setdefault(_k, []).extend(_v)


def _add_extra():
    for d in DOCS:
        for heading, text in EXTRA.get(d["doc_id"], []):
            marker = f"## {heading}\n"
            start = d["body"].index(marker)
            nxt = d["body"].find("\n## ", start + len(marker))
            end = len(d["body"]) if nxt == -1 else nxt
            d["body"] = d["body"][:end].rstrip("\n") + "\n" + text + "\n" + d["body"][end:]


_add_extra()

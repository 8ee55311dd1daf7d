"""Texts of the four Kota Langsa documents."""

from texts_nasional import END

SAMPAH = """# Retribusi Pelayanan Persampahan Kota Langsa

## Dasar dan Tujuan Layanan

Pengelolaan sampah yang tertib menjaga kebersihan kota, mencegah genangan akibat saluran tersumbat, dan mengurangi sarang nyamuk. Hasil retribusi disetor ke kas daerah dan dipakai untuk perawatan armada serta pembayaran petugas kebersihan.

Dinas Lingkungan Hidup Kota Langsa menyelenggarakan pengangkutan sampah rumah tangga dan sampah usaha dari tempat penampungan sementara ke Tempat Pemrosesan Akhir. Atas layanan ini dipungut retribusi pelayanan persampahan sesuai qanun daerah.

## Siapa yang Wajib Membayar

Setiap rumah tangga, toko, warung, rumah makan, hotel dan kantor swasta di lima kecamatan, yaitu Langsa Kota, Langsa Barat, Langsa Timur, Langsa Lama dan Langsa Baro, yang terlayani pengangkutan sampah wajib membayar retribusi.

## Tarif Retribusi Bulanan

| Golongan | Tarif per bulan |
|---|---|
| Rumah tangga | Rp 10.000 |
| Kios dan warung | Rp 25.000 |
| Rumah makan dan kafe | Rp 75.000 |
| Hotel dan penginapan | Rp 200.000 |
| Pengangkutan sampah pesta atau acara | Rp 150.000 per rit |

## Cara Mendaftar sebagai Pelanggan

Pelaku usaha wajib menyertakan fotokopi Nomor Induk Berusaha dan menyebutkan perkiraan volume sampah harian agar golongan tarif dapat ditetapkan dengan tepat.

Warga yang belum terdaftar mengisi Formulir RS-01 di kantor dinas atau melalui keuchik gampong masing-masing. Lampirkan fotokopi KTP dan Kartu Keluarga. Nomor pelanggan diterbitkan dalam waktu 3 hari kerja setelah berkas lengkap.

## Jadwal Pengangkutan

Pada bulan Ramadan dan menjelang hari raya, jadwal pengangkutan di kawasan pasar dan pusat kuliner ditambah pada malam hari. Perubahan jadwal diumumkan melalui keuchik dan media sosial dinas.

Truk sampah melintasi jalan utama setiap hari mulai pukul 06.00. Permukiman di gampong dilayani 3 kali seminggu. Sampah wajib dikeluarkan dalam kantong tertutup paling lambat pukul 07.00 pada hari pengangkutan.

## Tempat dan Batas Waktu Pembayaran

Retribusi dibayar paling lambat tanggal 15 setiap bulan melalui petugas pemungut resmi yang membawa karcis bernomor seri, di loket kantor dinas, atau melalui bank daerah.

## Sanksi Keterlambatan dan Pelanggaran

Keterlambatan pembayaran dikenakan denda administrasi 2 persen per bulan dari retribusi terutang. Membuang sampah di luar jadwal atau ke saluran air dapat dikenai denda paling banyak Rp 500.000 sesuai qanun ketertiban umum.

## Pembayaran Lewat Aplikasi

Pelanggan dapat membayar dan melihat riwayat tagihan melalui aplikasi LANGSA BERSIH. Bukti bayar elektronik sah sebagai pengganti karcis.

## Hal yang Tidak Termasuk Layanan Ini

Penyedotan tinja dan septic tank tidak dilayani oleh dinas ini; layanan tersebut dikelola Dinas Pekerjaan Umum dan Penataan Ruang Kota Langsa melalui IPLT. Limbah medis dan limbah B3 juga tidak diangkut truk sampah.

## Pertanyaan yang Kerap Diajukan

### Bagaimana jika truk tidak datang sesuai jadwal?

Laporkan ke nomor pengaduan dinas dengan menyebut nama gampong dan jalan. Petugas menindaklanjuti paling lambat 2 x 24 jam.

### Apakah rumah kosong tetap membayar?

Rumah yang tidak dihuni dapat mengajukan pembebasan sementara dengan surat keterangan dari keuchik.

### Bolehkah membakar sampah di pekarangan?

Tidak boleh. Pembakaran sampah terbuka dilarang di seluruh wilayah kota.

## Alamat dan Kontak

Kantor Dinas Lingkungan Hidup Kota Langsa, Jalan Ahmad Yani No. 41, Langsa Kota. Jam layanan loket Senin–Kamis pukul 08.00–16.00 dan Jumat pukul 08.00–11.30. Telepon pengaduan (0641) 420-318, surel dlh@langsakota.example.invalid.

""" + END + "\n"

TINJA = """# Layanan Penyedotan Lumpur Tinja Kota Langsa

## Gambaran Layanan

Layanan ini membantu warga yang tangki septiknya penuh, berbau, atau meluap, terutama di permukiman padat dan kawasan yang sering tergenang saat musim hujan. Seluruh armada memakai truk tangki tertutup.

Dinas Pekerjaan Umum dan Penataan Ruang Kota Langsa menyediakan layanan penyedotan lumpur tinja dari tangki septik rumah tangga dan bangunan usaha. Lumpur tinja diolah di Instalasi Pengolahan Lumpur Tinja (IPLT) kota agar tidak mencemari tanah dan air.

## Syarat Permohonan

Pemohon juga diminta memastikan letak lubang kontrol tangki septik dapat dibuka sebelum petugas tiba, agar penyedotan tidak tertunda.

Pemohon menyerahkan fotokopi KTP, alamat lengkap beserta nama gampong, dan nomor telepon yang dapat dihubungi. Untuk bangunan usaha, lampirkan fotokopi izin usaha.

## Langkah Pemesanan

1. Pemohon mendaftar melalui telepon, aplikasi, atau datang ke kantor.
2. Petugas mensurvei lokasi untuk memastikan truk dapat masuk.
3. Petugas menetapkan jadwal penyedotan dan jumlah biaya.
4. Penyedotan dilakukan dan pemohon menerima kuitansi resmi.

## Tarif Penyedotan

| Jenis pelanggan | Tarif per sekali sedot |
|---|---|
| Rumah tangga (sampai 3 m3) | Rp 250.000 |
| Usaha kecil dan rumah kos | Rp 400.000 |
| Hotel, rumah makan, kantor | Rp 650.000 |
| Tambahan setiap 1 m3 | Rp 75.000 |

## Lama Pelayanan

Apabila antrean permohonan sedang banyak, petugas akan menghubungi pemohon untuk menyepakati jadwal pengganti. Pemohon dapat membatalkan jadwal tanpa biaya paling lambat satu hari sebelumnya.

Penyedotan dijadwalkan paling lambat 3 hari kerja sejak permohonan diterima. Satu kali penyedotan rumah tangga memerlukan waktu sekitar 1 jam.

## Hari dan Jam Operasional

Truk penyedot beroperasi Senin sampai Sabtu pukul 08.00-15.00. Pada hari Minggu dan hari libur nasional tidak ada pelayanan.

## Penyedotan Terjadwal

Tangki septik yang tidak pernah disedot dapat meluap dan mencemari sumur warga di sekitarnya. Penyedotan rutin juga memperpanjang umur tangki dan mencegah bau tidak sedap.

Rumah tangga dianjurkan menyedot tangki septik setiap 3 tahun. Warga yang mendaftar penyedotan terjadwal memperoleh potongan tarif 20 persen.

## Pemesanan Daring

Permohonan dapat diajukan melalui aplikasi SEDOT LANGSA atau WhatsApp layanan di nomor 0812-6500-4471.

## Di Luar Layanan Ini

Permohonan izin pembuangan limbah cair industri juga tidak dilayani melalui IPLT dan harus diajukan kepada dinas yang membidangi lingkungan hidup.

Perbaikan saluran drainase yang tersumbat dan pembangunan tangki septik baru tidak termasuk layanan penyedotan. Pengangkutan sampah rumah tangga diurus oleh Dinas Lingkungan Hidup.

## Tanya Jawab

### Apakah truk dapat masuk ke gang sempit?

Truk memerlukan jalan selebar paling sedikit 3 meter. Untuk gang lebih sempit tersedia selang tambahan sepanjang 40 meter.

### Bagaimana membayar biaya penyedotan?

Pembayaran dilakukan melalui transfer ke rekening kas daerah atau tunai kepada petugas dengan kuitansi resmi.

### Apakah ada layanan darurat malam hari?

Tidak ada. Permohonan di luar jam operasional diproses pada hari kerja berikutnya.

## Kantor Pelayanan

Kantor Dinas PUPR Kota Langsa, Jalan Lilawangsa No. 12, Langsa Lama. Telepon (0641) 425-660, surel iplt@langsakota.example.invalid.

""" + END + "\n"

AMBULANS = """# Layanan Ambulans Gratis Kota Langsa

## Tentang Ambulans Gratis

Setiap armada dilengkapi tabung oksigen, tandu, peralatan pertolongan pertama, dan didampingi seorang perawat serta seorang pengemudi terlatih.

Dinas Kesehatan Kota Langsa menyediakan ambulans gratis bagi warga untuk mengantar pasien gawat darurat dan pasien rujukan ke fasilitas kesehatan. Layanan ini dibiayai Anggaran Pendapatan dan Belanja Kota sehingga warga tidak dipungut biaya apa pun.

## Siapa yang Berhak

Ibu hamil yang akan melahirkan dan pasien cuci darah terjadwal juga dapat memesan ambulans lebih awal dengan menunjukkan surat keterangan dari puskesmas.

Layanan diberikan kepada penduduk yang memiliki KTP atau Kartu Keluarga Kota Langsa serta orang yang mengalami kecelakaan di wilayah Kota Langsa.

## Cara Memanggil Ambulans

Tetap tenang dan jangan memutus sambungan sebelum operator selesai mencatat. Bila memungkinkan, minta seseorang menunggu di tepi jalan untuk menunjukkan lokasi kepada pengemudi ambulans.

Hubungi pusat panggilan ambulans di nomor 0641-119-200. Sebutkan nama pasien, keluhan utama, alamat lengkap dan patokan lokasi. Operator akan mengirim armada terdekat dari puskesmas di kecamatan Anda.

## Waktu Tanggap

Ambulans ditargetkan tiba di lokasi paling lama 20 menit untuk wilayah Langsa Kota dan Langsa Barat, serta paling lama 30 menit untuk Langsa Timur, Langsa Lama dan Langsa Baro.

## Jam Layanan

Pusat panggilan dan armada siaga selama 24 jam setiap hari, termasuk hari libur.

## Tujuan Pengantaran

Petugas akan berkoordinasi dengan instalasi gawat darurat rumah sakit tujuan sebelum pasien tiba, sehingga keluarga tidak perlu menelepon sendiri.

Pasien diantar ke RSUD Langsa atau puskesmas rawat inap terdekat. Rujukan ke rumah sakit di luar kota, seperti ke Banda Aceh atau Medan, dilayani gratis dengan surat rujukan dokter.

## Ketentuan Biaya

| Jenis layanan | Biaya |
|---|---|
| Antar pasien dalam kota | Gratis |
| Rujukan ke luar kota dengan surat rujukan | Gratis |
| Antar pulang pasien dari rumah sakit | Rp 100.000 |

## Larangan dan Sanksi

Warga yang menemukan petugas meminta bayaran diminta melapor ke Dinas Kesehatan dengan menyebut tanggal, jam, dan nomor armada.

Panggilan palsu atau iseng akan dicatat dan nomor penelepon diblokir selama 6 bulan. Petugas dilarang meminta imbalan dalam bentuk apa pun.

## Pesan Lewat Aplikasi

Selain telepon, ambulans dapat dipanggil melalui aplikasi LANGSA SEHAT dengan menekan tombol darurat, yang otomatis mengirimkan lokasi Anda.

## Layanan yang Bukan Bagian dari Ambulans Gratis

Mobil jenazah tidak disediakan oleh Dinas Kesehatan; pengantaran jenazah diurus oleh Baitul Mal Kota Langsa. Layanan ini juga tidak mencakup perawatan di rumah pasien.

## Tanya Jawab Singkat

### Apakah keluarga boleh ikut di ambulans?

Boleh, paling banyak 2 orang pendamping.

### Apakah warga luar kota dilayani?

Warga luar kota hanya dilayani apabila mengalami kecelakaan atau keadaan darurat di wilayah Kota Langsa.

### Bagaimana jika nomor panggilan sibuk?

Gunakan tombol darurat pada aplikasi atau datang langsung ke puskesmas terdekat.

## Informasi Lebih Lanjut

Dinas Kesehatan Kota Langsa, Jalan Jenderal Sudirman No. 8, Langsa Kota. Surel ambulans@langsakota.example.invalid.

""" + END + "\n"

AKTA = """# Penerbitan Akta Kelahiran di Kota Langsa

## Pengertian Akta Kelahiran

Akta kelahiran diperlukan untuk mendaftar sekolah, membuat paspor, mengurus Kartu Identitas Anak, serta berbagai urusan hukum dan warisan di kemudian hari. Nomor akta tercatat secara nasional dalam database kependudukan.

Akta kelahiran adalah dokumen pencatatan sipil yang membuktikan kelahiran seseorang. Dinas Kependudukan dan Pencatatan Sipil Kota Langsa menerbitkan akta kelahiran bagi anak yang lahir dari orang tua yang terdaftar sebagai penduduk Kota Langsa.

## Dokumen Persyaratan

- Surat keterangan lahir dari rumah sakit, puskesmas, bidan, atau keuchik.
- Kartu Keluarga tempat anak akan didaftarkan.
- Buku nikah atau akta perkawinan orang tua.
- KTP-el dua orang saksi.
- Formulir F-2.01 yang telah ditandatangani pelapor.

## Prosedur Permohonan

Pelapor wajib memeriksa kembali ejaan nama anak, tanggal lahir, dan nama orang tua sebelum akta dicetak, karena perbaikan setelah akta terbit memerlukan permohonan tersendiri.

Pelapor menyerahkan berkas di loket pelayanan Disdukcapil atau melalui petugas registrasi di kantor keuchik. Petugas memverifikasi berkas, memasukkan data, lalu mencetak akta. Akta diambil di loket atau dikirim dalam bentuk berkas PDF ke surel pelapor.

## Biaya Layanan

Penerbitan akta kelahiran tidak dipungut biaya. Setiap pungutan oleh pihak mana pun merupakan pelanggaran dan dapat dilaporkan.

## Waktu Penyelesaian

| Jenis permohonan | Waktu penyelesaian |
|---|---|
| Kelahiran dilaporkan kurang dari 60 hari | 1 hari kerja |
| Kelahiran dilaporkan lebih dari 60 hari | 5 hari kerja |
| Perbaikan isi akta | 7 hari kerja |

## Batas Waktu Pelaporan

Kelahiran wajib dilaporkan paling lambat 60 hari sejak tanggal lahir. Pelaporan setelah lewat batas waktu tetap dilayani dengan melampirkan surat pernyataan tanggung jawab mutlak.

## Denda Administrasi

Pelaporan kelahiran yang melewati batas waktu dikenakan denda administratif sebesar Rp 50.000 sesuai qanun administrasi kependudukan.

## Permohonan Secara Daring

Permohonan dapat diajukan dari rumah melalui aplikasi SIDAK LANGSA dengan mengunggah hasil pindaian seluruh dokumen. Akta yang terbit dapat dicetak sendiri pada kertas HVS A4 80 gram.

## Jam Buka Pelayanan

Loket buka Senin sampai Kamis pukul 08.30–15.30 dan Jumat pukul 08.30–11.30. Pelayanan jemput bola di gampong dijadwalkan setiap Sabtu pertama dalam sebulan.

## Bukan Cakupan Halaman Ini

Halaman ini tidak menjelaskan pembuatan akta kematian, akta perceraian, atau Kartu Identitas Anak; informasi tersebut tersedia pada halaman layanan Disdukcapil yang lain.

## Tanya Jawab Warga

### Bisakah ayah saja yang melapor?

Bisa. Pelapor boleh ayah, ibu, atau anggota keluarga lain yang tercantum dalam Kartu Keluarga.

### Bagaimana jika orang tua belum memiliki buku nikah?

Akta tetap diterbitkan dengan surat pernyataan tanggung jawab mutlak kebenaran data sebagai pasangan suami istri.

### Akta saya rusak, apakah bisa dicetak ulang?

Bisa, dengan membawa akta yang rusak dan Kartu Keluarga terbaru.

## Hubungi Disdukcapil

Kantor Disdukcapil Kota Langsa, Jalan Tengku Umar No. 5, Langsa Barat. Telepon (0641) 431-207, surel capil@langsakota.example.invalid.

""" + END + "\n"

"""Texts of the Kota Banjar pages (data). Every figure here is invented."""
from texts_a import END

DOCS = {}

DOCS["id/banjar/pbb-p2.md"] = dict(
    fmt="md",
    title="Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) Kota Banjar",
    region="Kota Banjar, Jawa Barat",
    agency="Badan Keuangan Daerah Kota Banjar",
    source="https://bkd.banjarkota.example.invalid/pajak/pbb-p2",
    updated="2026-02-16",
    sections=[
("Gambaran Umum PBB-P2", """Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) dipungut oleh Badan Keuangan Daerah (BKD) Kota Banjar atas tanah dan bangunan yang dimiliki atau dimanfaatkan di Kecamatan Banjar, Purwaharja, Pataruman dan Langensari. Setiap tahun wajib pajak menerima Surat Pemberitahuan Pajak Terutang (SPPT).

Halaman ini tidak membahas Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB) yang dibayar saat jual beli; BPHTB memiliki formulir dan prosedur sendiri."""),
("Tarif dan Dasar Pengenaan", """Besarnya pajak dihitung dari Nilai Jual Objek Pajak (NJOP) setelah dikurangi NJOP tidak kena pajak sebesar Rp12.000.000.

| NJOP | Tarif |
|---|---|
| sampai Rp1 miliar | 0,1% |
| di atas Rp1 miliar sampai Rp5 miliar | 0,15% |
| di atas Rp5 miliar | 0,2% |
| lahan produksi pangan dan ternak | 0,08% |"""),
("Jadwal Penerimaan SPPT", """SPPT dibagikan melalui kelurahan dan desa mulai bulan Maret. Wajib pajak yang belum menerima SPPT sampai akhir April dapat meminta salinan di kantor BKD atau mengunduhnya melalui layanan daring."""),
("Jatuh Tempo Pembayaran", """Batas akhir pembayaran PBB-P2 tahun berjalan adalah 31 Agustus 2026. Pembayaran dapat dilakukan di Bank BJB, kantor pos, gerai ritel modern yang bekerja sama, atau melalui QRIS yang tercantum pada SPPT."""),
("Sanksi Administratif", """Pajak yang dibayar setelah jatuh tempo dikenakan sanksi administratif berupa bunga 1% per bulan, dihitung dari tanggal jatuh tempo, paling lama 24 bulan. Tunggakan lebih dari dua tahun dapat ditagih dengan Surat Paksa."""),
("Pengurangan dan Keringanan", """Wajib pajak orang pribadi berpenghasilan rendah, pensiunan, dan veteran dapat mengajukan pengurangan pokok pajak sampai 50%. Permohonan diajukan paling lambat 3 bulan sejak SPPT diterima dengan melampirkan:

- formulir permohonan PBB-07;
- fotokopi KTP-el dan SPPT tahun berjalan;
- surat keterangan penghasilan atau kartu pensiun;
- bukti lunas PBB tahun sebelumnya."""),
("Mutasi dan Pembetulan Data", """Perubahan nama pada SPPT setelah jual beli, hibah atau waris diajukan dengan formulir Surat Pemberitahuan Objek Pajak (SPOP). Pembetulan SPPT karena salah luas atau salah alamat diselesaikan dalam 10 hari kerja sejak berkas lengkap."""),
("Layanan Online", """Cek tagihan, cetak ulang SPPT dan bukti bayar elektronik tersedia di aplikasi e-PBB Banjar atau di laman epbb.banjarkota.example.invalid. Wajib pajak cukup memasukkan Nomor Objek Pajak (NOP) 18 digit."""),
("Pertanyaan Wajib Pajak", """### Apakah saya bisa membayar PBB orang tua yang sudah meninggal?
Bisa, cukup dengan NOP; namun sebaiknya segera ajukan mutasi nama ke ahli waris.

### Bagaimana jika NOP saya lupa?
Lihat SPPT tahun lalu, atau tanyakan ke kelurahan dengan menyebutkan alamat objek pajak.

### Apakah ada diskon bila membayar lebih awal?
Ya, pembayaran lunas sebelum 30 Juni 2026 mendapat potongan 5% dari pokok pajak."""),
("Tempat Pelayanan dan Kontak", """Kantor Badan Keuangan Daerah Kota Banjar, Jl. Siliwangi No. 23, Kecamatan Banjar. Loket PBB buka Senin sampai Jumat pukul 08.00–15.30 WIB.

Telepon: (0265) 741 520
WhatsApp: 0852 2340 7781
Surel: pbb@bkd.banjarkota.example.invalid

""" + END),
    ])

DOCS["id/banjar/sambungan-air-pdam.docx"] = dict(
    fmt="docx",
    title="Pemasangan Sambungan Baru Air Minum Perumda Tirta Anom Kota Banjar",
    region="Kota Banjar, Jawa Barat",
    agency="Perumda Air Minum Tirta Anom Kota Banjar",
    source="https://tirtaanom.banjarkota.example.invalid/layanan/sambungan-baru",
    updated="2026-01-20",
    sections=[
("Maksud Layanan", """Perumda Air Minum Tirta Anom Kota Banjar melayani pemasangan sambungan baru air minum bagi rumah tangga, usaha dan instansi di wilayah yang telah dilalui jaringan pipa distribusi.

Layanan ini tidak mencakup pengaduan tagihan air atau kebocoran pipa di jalan; laporan semacam itu disampaikan melalui layanan pengaduan pelanggan."""),
("Syarat Menjadi Pelanggan", """- Fotokopi KTP-el pemohon dan Kartu Keluarga.
- Fotokopi SPPT PBB atau bukti kepemilikan rumah.
- Surat pernyataan bersedia mematuhi ketentuan perusahaan.
- Denah lokasi rumah dari jalan utama.
- Untuk rumah sewa, surat izin dari pemilik rumah."""),
("Proses Pendaftaran", """Pemohon mengisi formulir SB-01 di kantor pelayanan atau secara daring. Petugas melakukan survei lokasi paling lambat 5 hari kerja setelah pendaftaran untuk memastikan jaringan pipa tersedia. Hasil survei dituangkan dalam rincian biaya yang harus dibayar pemohon."""),
("Biaya Pemasangan", """Biaya pasang baru sudah mencakup meter air, pipa dinas sampai 10 meter, dan upah pemasangan.

| Golongan | Biaya pasang baru |
|---|---|
| Rumah tangga sederhana | Rp1.250.000 |
| Rumah tangga umum | Rp1.850.000 |
| Niaga kecil | Rp2.400.000 |
| Sosial (masjid, sekolah) | Rp950.000 |
| Tambahan pipa per meter | Rp45.000 |"""),
("Tarif Pemakaian Air", """Untuk golongan rumah tangga umum, pemakaian 0–10 m3 dikenakan Rp4.200 per m3, dan pemakaian di atas 10 m3 dikenakan Rp5.600 per m3. Biaya beban tetap sebesar Rp12.500 per bulan."""),
("Waktu Pemasangan", """Pemasangan dilakukan paling lambat 7 hari kerja setelah pemohon melunasi biaya. Air dapat langsung dialirkan setelah meter terpasang dan segel dipasang petugas."""),
("Tagihan dan Denda", """Rekening air dibayar paling lambat tanggal 20 setiap bulan. Keterlambatan dikenakan denda Rp10.000 per rekening. Pelanggan yang menunggak 3 bulan berturut-turut akan diputus sementara, dan penyambungan kembali dikenakan biaya Rp150.000."""),
("Jam Pelayanan Kantor", """Kantor pelayanan buka Senin sampai Jumat pukul 07.30–15.00 WIB. Layanan pengaduan gangguan air melalui telepon tersedia 24 jam."""),
("Pendaftaran Lewat Aplikasi", """Pendaftaran sambungan baru, cek tagihan dan baca meter mandiri tersedia di aplikasi Tirta Anom Mobile. Pemohon mengunggah foto dokumen dan menerima jadwal survei melalui pesan singkat."""),
("Tanya Jawab", """### Apakah pemasangan bisa dicicil?
Rumah tangga sederhana dapat mencicil biaya pasang baru sampai 6 kali bersama rekening bulanan.

### Rumah saya jauh dari pipa, bagaimana?
Jika jarak lebih dari 50 meter, pemohon membiayai perpanjangan pipa sesuai hasil survei.

### Berapa lama survei setelah daftar online?
Sama dengan pendaftaran di kantor, yaitu paling lambat 5 hari kerja."""),
("Kantor Pusat", """Perumda Air Minum Tirta Anom, Jl. Letjen Soewarto No. 51, Kecamatan Purwaharja, Kota Banjar. Telepon (0265) 744 318. WhatsApp 0811 2155 6309. Surel pelanggan@tirtaanom.banjarkota.example.invalid.

""" + END),
    ])

DOCS["id/banjar/ambulans-gratis.md"] = dict(
    fmt="md",
    title="Layanan Ambulans Gratis Kota Banjar",
    region="Kota Banjar, Jawa Barat",
    agency="Dinas Kesehatan Kota Banjar",
    source="https://dinkes.banjarkota.example.invalid/layanan/ambulans",
    updated="2026-03-02",
    sections=[
("Mengenal Layanan Ambulans", """Dinas Kesehatan Kota Banjar menyediakan layanan ambulans gratis untuk mengantar warga sakit atau korban kecelakaan ke fasilitas kesehatan, dan untuk memulangkan pasien dari rumah sakit. Armada disiagakan di puskesmas Kecamatan Banjar, Pataruman, Purwaharja dan Langensari, serta di RSUD Kota Banjar.

Layanan ini tidak mencakup mobil jenazah untuk pemakaman; angkutan jenazah diatur oleh layanan tersendiri dari Dinas Sosial."""),
("Siapa yang Dapat Dilayani", """Layanan diberikan kepada warga ber-KTP Kota Banjar dan kepada siapa pun yang mengalami keadaan darurat di wilayah Kota Banjar. Pasien dari luar kota yang bukan keadaan darurat dikenakan tarif sesuai ketentuan."""),
("Jenis Layanan dan Tarif", """| Jenis layanan | Tarif |
|---|---|
| Gawat darurat dalam Kota Banjar | Gratis |
| Antar-jemput pasien kontrol ke rumah sakit dalam kota | Gratis |
| Rujukan ke RSUD Ciamis atau Tasikmalaya | Gratis untuk warga Kota Banjar |
| Rujukan ke Bandung | Rp750.000 untuk pasien luar kota |
| Siaga acara (per 6 jam) | Rp500.000 |"""),
("Cara Memanggil Ambulans", """1. Hubungi nomor gawat darurat 119 atau hotline Banjar Siaga.
2. Sebutkan nama, alamat lengkap, kondisi pasien, dan nomor yang dapat dihubungi.
3. Petugas mengirim ambulans terdekat dan menghubungi pelapor kembali.
4. Siapkan KTP-el atau Kartu Keluarga pasien dan kartu BPJS Kesehatan bila ada."""),
("Waktu Respons", """Target waktu tiba ambulans adalah 15 menit untuk wilayah perkotaan dan 30 menit untuk wilayah Langensari bagian selatan. Layanan tersedia 24 jam setiap hari, termasuk hari libur."""),
("Pemesanan Terjadwal", """Untuk antar pasien kontrol atau pulang dari rumah sakit, pesan paling lambat 1 hari sebelumnya melalui telepon atau aplikasi. Pemesanan terjadwal diterima pukul 07.00–21.00 WIB."""),
("Ketentuan Penggunaan", """Ambulans tidak boleh dipakai untuk keperluan selain kesehatan. Penyalahgunaan, seperti panggilan palsu atau meminta ambulans untuk perjalanan pribadi, dapat dilaporkan ke kepolisian. Petugas dilarang meminta imbalan dalam bentuk apa pun."""),
("Kanal Digital", """Warga dapat memanggil ambulans melalui tombol darurat di aplikasi Banjar Siaga atau melalui laman siaga.banjarkota.example.invalid. Lokasi pasien terkirim otomatis kepada petugas."""),
("Yang Sering Ditanyakan", """**Apakah pendamping pasien boleh ikut?**
Boleh, paling banyak 2 orang pendamping.

**Apakah ambulans bisa menjemput ke luar kota?**
Penjemputan dari luar kota hanya untuk warga Kota Banjar yang dirujuk pulang, dengan pemesanan terjadwal.

**Bagaimana mengadukan pelayanan?**
Sampaikan melalui aplikasi atau nomor WhatsApp pengaduan."""),
("Kontak Darurat", """Hotline Banjar Siaga: (0265) 740 119
WhatsApp pengaduan: 0857 2011 4450
Posko: Dinas Kesehatan Kota Banjar, Jl. Brigjen Katamso No. 9, Kecamatan Banjar.
Surel: siaga@dinkes.banjarkota.example.invalid

""" + END),
    ])

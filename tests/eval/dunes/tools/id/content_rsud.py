"""Content of the DOCX page: RSUD Bendan Kota Pekalongan, outpatient registration."""

PATH = "id/kota-pekalongan/rawat-jalan-rsud-bendan.docx"

META = {
    "title": "Pendaftaran Rawat Jalan dan Tarif Layanan RSUD Bendan",
    "lang": "id",
    "country": "ID",
    "region": "Kota Pekalongan",
    "agency": "RSUD Bendan Kota Pekalongan",
    "source": "https://example.invalid/pekalongan/rsud-bendan/rawat-jalan",
    "updated": "2026-02-24",
    "note": "Evaluation document: figures, addresses and hours are invented for testing.",
}

TITLE = "Pendaftaran Rawat Jalan dan Tarif Layanan RSUD Bendan"

BLOCKS = [
    ("p", "RSUD Bendan adalah rumah sakit umum daerah milik Pemerintah Kota Pekalongan yang melayani "
          "pasien umum, peserta Jaminan Kesehatan Nasional (JKN) dan peserta asuransi lain. Panduan ini "
          "menjelaskan cara mendaftar ke poliklinik rawat jalan, persyaratan bagi pasien JKN, tarif pasien "
          "umum, serta jam kunjungan pasien rawat inap."),
    ("h2", "Layanan Rawat Jalan yang Tersedia"),
    ("p", "Poliklinik rawat jalan RSUD Bendan terdiri atas poli penyakit dalam, anak, kebidanan dan "
          "kandungan, bedah, saraf, mata, THT, kulit dan kelamin, jantung, paru, gigi dan mulut, jiwa, serta "
          "rehabilitasi medik. Jadwal praktik dokter spesialis diumumkan setiap minggu di papan informasi "
          "dan aplikasi pendaftaran."),
    ("h2", "Siapa yang Dapat Mendaftar"),
    ("ul", [
        "Pasien umum (membayar sendiri) dari dalam maupun luar Kota Pekalongan.",
        "Peserta JKN dengan rujukan dari Fasilitas Kesehatan Tingkat Pertama (puskesmas atau klinik).",
        "Pasien kontrol ulang yang membawa surat kontrol dari dokter spesialis RSUD Bendan.",
        "Peserta asuransi swasta dan perusahaan yang bekerja sama dengan rumah sakit.",
    ]),
    ("h2", "Cara Mendaftar"),
    ("h3", "Pendaftaran daring"),
    ("num", [
        "Unduh aplikasi ANTREAN BENDAN dan buat akun menggunakan NIK.",
        "Pilih poliklinik, dokter dan tanggal kunjungan; pendaftaran dibuka mulai H-7 sampai H-1 pukul 20.00 WIB.",
        "Simpan kode booking yang muncul di aplikasi.",
        "Pada hari kunjungan, lakukan check-in di anjungan mandiri paling lambat 1 jam sebelum jadwal praktik.",
    ]),
    ("h3", "Pendaftaran langsung di loket"),
    ("num", [
        "Ambil nomor antrean di mesin antrean gedung rawat jalan.",
        "Serahkan berkas persyaratan ke petugas loket sesuai jenis penjamin.",
        "Tunggu panggilan di ruang tunggu poliklinik yang dituju.",
    ]),
    ("p", "Kuota pendaftaran langsung di loket dibatasi 30% dari total kuota setiap dokter; pasien disarankan "
          "mendaftar secara daring."),
    ("h2", "Berkas yang Dibawa"),
    ("h3", "Pasien umum"),
    ("ul", [
        "KTP-el atau kartu identitas lain; untuk anak, Kartu Identitas Anak atau KK.",
        "Kartu berobat RSUD Bendan bagi pasien lama.",
    ]),
    ("h3", "Pasien JKN"),
    ("ul", [
        "Kartu JKN atau KTP-el dengan status kepesertaan aktif.",
        "Surat rujukan dari FKTP. Rujukan berlaku selama 90 hari sejak diterbitkan dan dapat dipakai untuk beberapa kali kunjungan ke poli yang sama.",
        "Surat kontrol untuk kunjungan ulang.",
    ]),
    ("h2", "Tarif Pasien Umum"),
    ("p", "Tarif berikut berlaku bagi pasien umum yang membayar sendiri. Peserta JKN tidak dipungut biaya untuk "
          "pelayanan yang sesuai prosedur."),
    ("table", [
        ["Jenis layanan", "Tarif"],
        ["Kartu berobat pasien baru", "Rp15.000"],
        ["Konsultasi dokter umum", "Rp40.000"],
        ["Konsultasi dokter spesialis", "Rp85.000"],
        ["Konsultasi dokter subspesialis", "Rp120.000"],
        ["Pemeriksaan EKG", "Rp60.000"],
        ["Surat keterangan sehat", "Rp50.000"],
    ]),
    ("p", "Biaya obat, laboratorium dan radiologi dihitung terpisah sesuai tindakan. Pembayaran dapat dilakukan "
          "tunai, kartu debit, atau QRIS di kasir."),
    ("h2", "Jam Pelayanan Loket"),
    ("ul", [
        "Senin–Kamis: 07.00–12.00 WIB",
        "Jumat: 07.00–10.30 WIB",
        "Sabtu: 07.00–11.00 WIB (poli tertentu)",
        "Instalasi Gawat Darurat (IGD) buka 24 jam setiap hari, termasuk hari libur.",
    ]),
    ("h2", "Jam Kunjungan Pasien Rawat Inap"),
    ("p", "Untuk menjaga waktu istirahat pasien dan mencegah infeksi, kunjungan hanya diperbolehkan pada jam "
          "berikut: siang pukul 11.00–12.30 WIB dan sore pukul 17.00–19.00 WIB. Setiap pasien paling banyak "
          "dikunjungi 2 orang dalam waktu bersamaan. Anak di bawah 12 tahun tidak diperkenankan berkunjung ke "
          "ruang perawatan."),
    ("h2", "Lokasi dan Kontak"),
    ("p", "RSUD Bendan, Jl. Sriwijaya No. 2, Kota Pekalongan. Telepon informasi (0285) 437222, "
          "WhatsApp pendaftaran 0896-1234-7085 (pesan teks saja, Senin–Sabtu 07.00–14.00 WIB). "
          "Surel: informasi@rsudbendan.example.invalid."),
    ("h2", "Pertanyaan Umum"),
    ("h3", "Rujukan saya sudah lewat 90 hari, apakah masih bisa dipakai?"),
    ("p", "Tidak. Pasien perlu meminta rujukan baru dari FKTP. Tanpa rujukan yang berlaku, pasien dilayani "
          "sebagai pasien umum."),
    ("h3", "Bagaimana cara meminta salinan rekam medis?"),
    ("p", "Ajukan permohonan di bagian rekam medis dengan membawa KTP-el pasien atau surat kuasa. Ringkasan "
          "rekam medis dapat diambil 3 hari kerja setelah permohonan."),
    ("h3", "Apakah bisa batal atau mengubah jadwal daring?"),
    ("p", "Bisa, melalui menu riwayat di aplikasi paling lambat pukul 20.00 WIB sehari sebelum kunjungan. "
          "Pasien yang tiga kali tidak datang tanpa pembatalan diblokir dari pendaftaran daring selama 30 hari."),
    ("p", "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."),
]

"""Content of the six non-Markdown documents (PDF, DOCX, HTML) of the lakes set.

Each document: meta (sidecar fields), title, sections = [(heading, [blocks])].
Blocks: ("p", text) | ("ul", [items]) | ("ol", [items]) | ("table", [header, rows...])
        | ("faq", [(question, answer), ...])
"""

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
END_ID = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
END_MS = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."

DOCS = {}

# ---------------------------------------------------------------- ID PDF
DOCS["id/bandung/akta-kelahiran.pdf"] = dict(
    meta=dict(title="Penerbitan Akta Kelahiran - Disdukcapil Kota Bandung", lang="id",
              country="ID", region="Kota Bandung",
              agency="Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Bandung",
              source="https://example.invalid/bandung/disdukcapil/akta-kelahiran",
              updated="2026-03-16", note=NOTE),
    title="Penerbitan Akta Kelahiran Kota Bandung",
    end=END_ID,
    sections=[
        ("Pengantar", [
            ("p", "Akta kelahiran adalah dokumen pencatatan sipil yang membuktikan kelahiran seseorang. "
                  "Disdukcapil Kota Bandung menerbitkan akta kelahiran bagi setiap anak yang lahir dari "
                  "orang tua yang terdaftar sebagai penduduk Kota Bandung. Akta kelahiran diterbitkan "
                  "bersamaan dengan pembaruan Kartu Keluarga (KK) dan Kartu Identitas Anak (KIA)."),
        ]),
        ("Siapa yang Dapat Mengajukan", [
            ("ul", ["Ayah atau ibu kandung yang tercantum dalam KK Kota Bandung",
                    "Wali atau keluarga yang diberi kuasa tertulis oleh orang tua",
                    "Petugas rumah sakit atau puskesmas mitra yang membantu pelaporan kelahiran"]),
        ]),
        ("Persyaratan Dokumen", [
            ("ol", ["Surat keterangan kelahiran dari rumah sakit, puskesmas, bidan, atau kelurahan",
                    "Fotokopi buku nikah atau akta perkawinan orang tua",
                    "Kartu Keluarga asli tempat anak akan dicantumkan",
                    "KTP elektronik ayah dan ibu",
                    "KTP elektronik dua orang saksi kelahiran",
                    "Formulir pelaporan kelahiran F-2.01 yang sudah diisi"]),
            ("p", "Apabila buku nikah tidak ada, orang tua dapat melampirkan Surat Pernyataan Tanggung "
                  "Jawab Mutlak (SPTJM) kebenaran sebagai pasangan suami istri."),
        ]),
        ("Biaya Layanan", [
            ("p", "Seluruh layanan penerbitan akta kelahiran, KK, dan KIA di Disdukcapil Kota Bandung tidak "
                  "dipungut biaya (gratis), termasuk untuk pelaporan yang terlambat."),
        ]),
        ("Batas Waktu Pelaporan Kelahiran", [
            ("p", "Kelahiran wajib dilaporkan paling lambat 60 hari sejak tanggal kelahiran. Pelaporan yang "
                  "melewati 60 hari tetap dilayani tanpa denda, tetapi pemohon wajib melampirkan SPTJM "
                  "data kelahiran dan proses verifikasi memerlukan waktu lebih lama."),
        ]),
        ("Lama Penyelesaian", [
            ("table", [["Cara pengajuan", "Waktu penyelesaian"],
                       ["Daring melalui aplikasi SiDUKA Bandung", "3 hari kerja"],
                       ["Langsung di kantor Disdukcapil (berkas lengkap sebelum pukul 12.00)", "1 hari kerja"],
                       ["Melalui rumah sakit atau puskesmas mitra", "2 hari kerja"],
                       ["Pelaporan terlambat (lebih dari 60 hari)", "7 hari kerja"]]),
        ]),
        ("Langkah Pengajuan Daring", [
            ("ol", ["Unduh aplikasi SiDUKA Bandung dan daftar menggunakan NIK serta nomor KK.",
                    "Pilih menu Akta Kelahiran, isi data anak, orang tua, dan saksi.",
                    "Unggah hasil pindaian dokumen persyaratan dalam format PDF atau JPG.",
                    "Tunggu verifikasi; status dapat dipantau pada menu Riwayat Permohonan.",
                    "Unduh akta kelahiran, KK baru, dan KIA dalam bentuk PDF bertanda tangan elektronik."]),
            ("p", "Akta kelahiran yang diunduh dicetak sendiri pada kertas HVS A4 80 gram dan berlaku sah "
                  "karena memuat tanda tangan elektronik dan kode QR."),
        ]),
        ("Jam Pelayanan", [
            ("table", [["Tempat", "Hari", "Jam"],
                       ["Kantor Disdukcapil", "Senin-Jumat", "08.00-15.00 WIB"],
                       ["Mal Pelayanan Publik", "Sabtu", "08.00-12.00 WIB"],
                       ["Aplikasi SiDUKA Bandung", "Setiap hari", "24 jam (verifikasi pada hari kerja)"]]),
        ]),
        ("Kontak Disdukcapil", [
            ("ul", ["Alamat: Jl. Ambon No. 1B, Kota Bandung",
                    "Telepon: (022) 4208-1196",
                    "WhatsApp layanan akta: 0813-2100-5587",
                    "Surel: akta@disdukcapil-bandung.example.invalid"]),
        ]),
        ("Pertanyaan yang Sering Diajukan", [
            ("faq", [
                ("Nama anak di akta salah ketik, bagaimana memperbaikinya?",
                 "Ajukan pembetulan akta dengan membawa akta asli dan dokumen pendukung yang benar, "
                 "misalnya surat keterangan kelahiran. Pembetulan selesai dalam 3 hari kerja."),
                ("Apakah akta kelahiran harus dicetak di kertas khusus?",
                 "Tidak. Akta dicetak sendiri pada kertas HVS A4 80 gram; kertas security lama tidak lagi digunakan."),
                ("Orang tua belum tercatat menikah, apakah anak tetap bisa dibuatkan akta?",
                 "Bisa. Akta diterbitkan dengan melampirkan SPTJM kebenaran sebagai pasangan suami istri, "
                 "dan akta memuat keterangan bahwa perkawinan belum tercatat."),
                ("Anak lahir di luar Bandung, di mana akta dibuat?",
                 "Akta dapat dibuat di Disdukcapil Kota Bandung apabila orang tua terdaftar dalam KK Kota Bandung."),
            ]),
        ]),
    ])

# ---------------------------------------------------------------- ID DOCX
DOCS["id/pekanbaru/uji-kir.docx"] = dict(
    meta=dict(title="Pengujian Berkala Kendaraan Bermotor (Uji KIR) Kota Pekanbaru", lang="id",
              country="ID", region="Kota Pekanbaru", agency="Dinas Perhubungan Kota Pekanbaru",
              source="https://example.invalid/pekanbaru/dishub/uji-kir",
              updated="2026-02-27", note=NOTE),
    title="Pengujian Berkala Kendaraan Bermotor (Uji KIR)",
    end=END_ID,
    sections=[
        ("Ketentuan Umum", [
            ("p", "Pengujian berkala kendaraan bermotor, yang dikenal sebagai uji KIR, adalah pemeriksaan "
                  "kelaikan jalan untuk kendaraan angkutan barang dan angkutan umum. Di Kota Pekanbaru, "
                  "pengujian dilaksanakan oleh UPT Pengujian Kendaraan Bermotor Dinas Perhubungan. Kendaraan "
                  "yang lulus uji mendapat kartu uji elektronik (BLUe) dan stiker tanda lulus uji."),
        ]),
        ("Kendaraan yang Wajib Diuji", [
            ("ul", ["Mobil barang, termasuk pick up dan mobil boks",
                    "Truk dan kendaraan penarik (tractor head) beserta kereta gandengan",
                    "Mobil penumpang umum (angkot, taksi) dan bus",
                    "Kendaraan khusus seperti mobil tangki dan mobil derek"]),
            ("p", "Mobil penumpang pribadi dan sepeda motor pribadi tidak wajib uji berkala."),
        ]),
        ("Persyaratan Pengujian", [
            ("ol", ["Fotokopi STNK yang masih berlaku",
                    "Fotokopi KTP pemilik atau surat kuasa bagi yang mewakili",
                    "Kartu uji atau buku uji lama (untuk uji perpanjangan)",
                    "Bukti pembayaran retribusi",
                    "Kendaraan dalam keadaan bersih dan tidak bermuatan"]),
        ]),
        ("Tarif Retribusi Pengujian", [
            ("table", [["Jenis kendaraan", "Tarif sekali uji"],
                       ["Mobil barang/pick up JBB sampai 3.500 kg", "Rp85.000"],
                       ["Truk sedang JBB 3.501-7.500 kg", "Rp125.000"],
                       ["Truk besar JBB di atas 7.500 kg", "Rp175.000"],
                       ["Bus dan mobil penumpang umum", "Rp110.000"],
                       ["Penggantian kartu uji BLUe hilang atau rusak", "Rp30.000"]]),
        ]),
        ("Masa Berlaku dan Denda Keterlambatan", [
            ("p", "Hasil uji berlaku selama 6 bulan. Pemilik wajib mengujikan kembali kendaraan sebelum masa "
                  "berlaku habis. Keterlambatan uji dikenakan denda retribusi Rp20.000 untuk setiap bulan "
                  "keterlambatan, paling banyak 12 bulan."),
        ]),
        ("Alur Pengujian", [
            ("ol", ["Daftar dan pilih jadwal melalui aplikasi UJI MADANI atau loket pendaftaran.",
                    "Bayar retribusi secara nontunai melalui QRIS atau bank.",
                    "Bawa kendaraan ke UPT Pengujian sesuai jadwal dan serahkan berkas.",
                    "Kendaraan diperiksa: emisi gas buang, rem, lampu, klakson, kaca, dan dimensi.",
                    "Jika lulus, kartu uji BLUe diperbarui dan stiker lulus uji dipasang pada hari yang sama."]),
        ]),
        ("Lokasi dan Jam Pelayanan", [
            ("p", "UPT Pengujian Kendaraan Bermotor, Jl. Kaharuddin Nasution No. 88, Kota Pekanbaru."),
            ("ul", ["Senin-Kamis: 07.30-14.00 WIB",
                    "Jumat: 07.30-11.00 WIB",
                    "Sabtu, Minggu, dan hari libur: tutup"]),
        ]),
        ("Informasi dan Pengaduan", [
            ("ul", ["Telepon UPT Pengujian: (0761) 674-3320",
                    "WhatsApp pendaftaran: 0822-8400-1290",
                    "Surel: ujikir@dishub-pekanbaru.example.invalid"]),
        ]),
        ("Tanya Jawab", [
            ("faq", [
                ("Kendaraan saya tidak lulus uji, apakah harus membayar lagi?",
                 "Tidak. Uji ulang tidak dipungut biaya apabila dilakukan dalam 14 hari sejak tanggal tidak lulus. "
                 "Setelah lewat 14 hari, pemilik membayar retribusi baru."),
                ("Kendaraan terdaftar di kota lain, bisakah diuji di Pekanbaru?",
                 "Bisa melalui layanan numpang uji. Bawa surat rekomendasi numpang uji dari dinas perhubungan asal."),
                ("Kartu uji BLUe hilang, bagaimana?",
                 "Laporkan kehilangan ke kepolisian, lalu ajukan penggantian di loket UPT dengan biaya Rp30.000."),
                ("Apakah pick up untuk keperluan pribadi wajib uji KIR?",
                 "Ya. Semua mobil barang wajib uji berkala, termasuk pick up yang dipakai untuk keperluan pribadi."),
            ]),
        ]),
    ])

# ---------------------------------------------------------------- ID HTML 1
DOCS["id/bandung/pbg.html"] = dict(
    meta=dict(title="Persetujuan Bangunan Gedung (PBG) Kota Bandung", lang="id", country="ID",
              region="Kota Bandung",
              agency="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Bandung",
              source="https://example.invalid/bandung/dpmptsp/pbg", updated="2026-03-04", note=NOTE),
    title="Persetujuan Bangunan Gedung (PBG)",
    nav=["Beranda", "Perizinan", "Nonperizinan", "Pengaduan", "Kontak"],
    footer="DPMPTSP Kota Bandung - Jl. Cianjur No. 34, Kota Bandung - pbg@dpmptsp-bandung.example.invalid",
    end=END_ID,
    sections=[
        ("Apa Itu PBG", [
            ("p", "Persetujuan Bangunan Gedung (PBG) adalah izin yang diberikan kepada pemilik untuk "
                  "membangun baru, mengubah, memperluas, mengurangi, atau merawat bangunan gedung sesuai "
                  "standar teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB). Permohonan PBG di "
                  "Kota Bandung diajukan melalui Sistem Informasi Manajemen Bangunan Gedung (SIMBG)."),
        ]),
        ("Kapan PBG Diperlukan", [
            ("ul", ["Membangun rumah tinggal atau gedung baru",
                    "Menambah lantai atau memperluas bangunan",
                    "Mengubah fungsi bangunan, misalnya rumah menjadi tempat usaha",
                    "Membangun pagar dengan tinggi lebih dari 1,5 meter di sisi jalan"]),
        ]),
        ("Dokumen yang Harus Disiapkan", [
            ("ol", ["KTP pemohon dan NPWP/NIK yang sudah aktif",
                    "Bukti kepemilikan tanah (sertifikat) atau perjanjian pemanfaatan tanah",
                    "Gambar rencana arsitektur, struktur, dan utilitas",
                    "Perhitungan struktur untuk bangunan dua lantai atau lebih",
                    "Bukti lunas PBB-P2 tahun berjalan",
                    "Keterangan Rencana Kota (KRK)"]),
        ]),
        ("Retribusi PBG", [
            ("table", [["Fungsi dan luas bangunan", "Retribusi per m²"],
                       ["Rumah tinggal sampai dengan 100 m²", "Rp12.500"],
                       ["Rumah tinggal di atas 100 m²", "Rp17.500"],
                       ["Bangunan usaha (ruko, toko, kantor)", "Rp30.000"],
                       ["Rumah masyarakat berpenghasilan rendah (MBR)", "dibebaskan"]]),
            ("p", "Besar retribusi ditetapkan dalam Surat Ketetapan Retribusi Daerah (SKRD) setelah dokumen "
                  "teknis dinyatakan memenuhi standar."),
        ]),
        ("Waktu Proses", [
            ("table", [["Jenis bangunan", "Waktu penyelesaian"],
                       ["Rumah tinggal satu lantai", "10 hari kerja"],
                       ["Rumah tinggal dua lantai", "20 hari kerja"],
                       ["Bangunan umum dan usaha", "28 hari kerja"]]),
            ("p", "Waktu dihitung sejak dokumen dinyatakan lengkap dan tidak termasuk waktu perbaikan dokumen oleh pemohon."),
        ]),
        ("Tahapan Permohonan", [
            ("ol", ["Buat akun dan ajukan permohonan di SIMBG.",
                    "Konsultasi dokumen dengan Tim Penilai Teknis (TPT) atau Tim Profesi Ahli (TPA).",
                    "Terima SKRD dan bayar retribusi melalui bank atau QRIS.",
                    "PBG terbit dan dapat diunduh dari SIMBG.",
                    "Setelah bangunan selesai, ajukan Sertifikat Laik Fungsi (SLF)."]),
        ]),
        ("Sanksi Membangun Tanpa PBG", [
            ("p", "Bangunan yang didirikan tanpa PBG dikenakan peringatan tertulis, penghentian sementara "
                  "pekerjaan, dan denda administratif sebesar 2% dari nilai bangunan. Bangunan yang tidak "
                  "dapat memenuhi standar teknis dapat diperintahkan untuk dibongkar."),
        ]),
        ("Jam Layanan Konsultasi", [
            ("p", "Layanan konsultasi PBG di Mal Pelayanan Publik Kota Bandung dibuka Senin-Jumat pukul "
                  "08.00-15.00 WIB. Konsultasi daring melalui SIMBG dijadwalkan setiap Selasa dan Kamis."),
        ]),
        ("Kontak", [
            ("ul", ["Alamat: Jl. Cianjur No. 34, Kota Bandung",
                    "Telepon: (022) 7205-4410",
                    "WhatsApp konsultasi PBG: 0811-2330-8765",
                    "Surel: pbg@dpmptsp-bandung.example.invalid"]),
        ]),
        ("FAQ", [
            ("faq", [
                ("Apakah membangun pagar rumah memerlukan PBG?",
                 "Pagar dengan tinggi sampai 1,5 meter tidak memerlukan PBG. Pagar yang lebih tinggi dari 1,5 meter "
                 "di sisi jalan wajib memiliki PBG."),
                ("IMB lama saya masih berlaku?",
                 "Ya. IMB yang sudah terbit tetap berlaku sampai bangunan diubah. Perubahan bangunan memerlukan PBG baru."),
                ("Berapa lama PBG berlaku?",
                 "PBG berlaku selama bangunan tidak mengalami perubahan fungsi atau bentuk."),
                ("Apakah renovasi dapur atau mengecat rumah perlu PBG?",
                 "Tidak, perawatan ringan yang tidak mengubah struktur dan luas bangunan tidak memerlukan PBG."),
            ]),
        ]),
    ])

# ---------------------------------------------------------------- ID HTML 2
DOCS["id/kupang/bantuan-bencana.html"] = dict(
    meta=dict(title="Bantuan bagi Warga Terdampak Bencana - BPBD Kota Kupang", lang="id",
              country="ID", region="Kota Kupang",
              agency="Badan Penanggulangan Bencana Daerah (BPBD) Kota Kupang",
              source="https://example.invalid/kupang/bpbd/bantuan-bencana", updated="2026-02-06",
              note=NOTE),
    title="Bantuan bagi Warga Terdampak Bencana",
    nav=["Beranda", "Informasi Bencana", "Peringatan Dini", "Layanan", "Hubungi Kami"],
    footer="BPBD Kota Kupang - Jl. Frans Seda No. 5, Kota Kupang - Pusdalops 24 jam (0380) 821-4455",
    end=END_ID,
    sections=[
        ("Tentang Layanan Bantuan", [
            ("p", "Badan Penanggulangan Bencana Daerah (BPBD) Kota Kupang memberikan bantuan darurat dan "
                  "bantuan perbaikan rumah kepada warga yang terdampak bencana, terutama angin kencang dan "
                  "siklon, banjir, tanah longsor, serta kebakaran permukiman."),
        ]),
        ("Bantuan yang Diberikan", [
            ("ul", ["Bantuan logistik darurat: makanan siap saji, air bersih, selimut, terpal, dan perlengkapan bayi",
                    "Tempat pengungsian sementara di posko kelurahan",
                    "Bantuan stimulan perbaikan rumah sesuai tingkat kerusakan",
                    "Bantuan biaya sewa sementara bagi penyewa rumah yang rusak"]),
        ]),
        ("Tingkat Kerusakan dan Besaran Bantuan", [
            ("table", [["Tingkat kerusakan", "Kriteria", "Bantuan stimulan"],
                       ["Rusak ringan", "atap atau dinding rusak sebagian, rumah masih dapat dihuni", "Rp7.500.000"],
                       ["Rusak sedang", "sebagian struktur rusak, perlu perbaikan sebelum dihuni", "Rp15.000.000"],
                       ["Rusak berat", "struktur utama roboh atau tidak dapat dihuni", "Rp35.000.000"]]),
            ("p", "Penyewa rumah yang rusak sedang atau berat mendapat bantuan biaya sewa Rp600.000 per bulan "
                  "selama paling lama 3 bulan. Bantuan perbaikan rumah diberikan kepada pemilik rumah."),
        ]),
        ("Cara Melaporkan Kerusakan", [
            ("ol", ["Laporkan kejadian kepada ketua RT/RW atau kelurahan paling lambat 3 x 24 jam setelah bencana.",
                    "Kelurahan meneruskan laporan ke Pusdalops BPBD.",
                    "Warga juga dapat melapor langsung ke Pusdalops melalui telepon atau WhatsApp dengan mengirim foto dan lokasi.",
                    "Simpan foto kerusakan sebelum melakukan perbaikan darurat."]),
        ]),
        ("Kaji Cepat dan Verifikasi", [
            ("p", "Tim Reaksi Cepat BPBD melakukan kaji cepat ke lokasi paling lambat 2 hari setelah laporan "
                  "diterima untuk menentukan tingkat kerusakan. Hasil verifikasi ditetapkan dengan Surat "
                  "Keputusan Kepala BPBD."),
        ]),
        ("Dokumen Penerima", [
            ("ul", ["Fotokopi KTP dan Kartu Keluarga",
                    "Surat keterangan terdampak bencana dari kelurahan",
                    "Foto kondisi rumah sebelum diperbaiki",
                    "Nomor rekening Bank NTT atas nama kepala keluarga"]),
        ]),
        ("Penyaluran Bantuan", [
            ("p", "Bantuan stimulan ditransfer ke rekening Bank NTT penerima dalam dua tahap: 50% setelah "
                  "penetapan dan 50% setelah laporan kemajuan perbaikan. Bantuan logistik dibagikan langsung di "
                  "posko pengungsian."),
        ]),
        ("Jam Layanan", [
            ("table", [["Layanan", "Waktu"],
                       ["Pusdalops (laporan kejadian)", "24 jam setiap hari"],
                       ["Kantor BPBD (administrasi bantuan)", "Senin-Jumat 08.00-16.00 WITA"]]),
        ]),
        ("Hubungi Kami", [
            ("ul", ["Alamat: Jl. Frans Seda No. 5, Kota Kupang",
                    "Pusdalops 24 jam: (0380) 821-4455",
                    "WhatsApp darurat: 0812-3700-9112",
                    "Surel: pusdalops@bpbd-kupang.example.invalid"]),
        ]),
        ("Pertanyaan Umum", [
            ("faq", [
                ("Saya mengontrak rumah yang rusak, apakah saya mendapat bantuan?",
                 "Penyewa mendapat bantuan logistik dan bantuan biaya sewa Rp600.000 per bulan selama paling lama "
                 "3 bulan. Bantuan perbaikan rumah diberikan kepada pemilik."),
                ("KTP dan KK saya hilang karena bencana, bagaimana?",
                 "BPBD berkoordinasi dengan Disdukcapil untuk penerbitan ulang dokumen kependudukan tanpa biaya. "
                 "Sementara itu, cukup surat keterangan dari kelurahan."),
                ("Bolehkah memperbaiki atap darurat sebelum petugas datang?",
                 "Boleh, asalkan kerusakan sudah difoto dari beberapa sisi sebelum diperbaiki."),
            ]),
        ]),
    ])

# ---------------------------------------------------------------- MY PDF
DOCS["my/bintulu/pelan-bangunan.pdf"] = dict(
    meta=dict(title="Kelulusan Pelan Bangunan dan Permit Kerja Kecil - Lembaga Kemajuan Bintulu",
              lang="ms", country="MY", region="Bintulu",
              agency="Lembaga Kemajuan Bintulu (Bintulu Development Authority, BDA)",
              source="https://example.invalid/bda/pelan-bangunan", updated="2026-03-09", note=NOTE),
    title="Kelulusan Pelan Bangunan dan Permit Kerja Kecil",
    end=END_MS,
    sections=[
        ("Pengenalan", [
            ("p", "Lembaga Kemajuan Bintulu (BDA) ialah pihak berkuasa tempatan yang meluluskan pelan "
                  "bangunan dalam kawasan Bintulu. Setiap pembinaan baharu, tambahan atau ubah suai bangunan "
                  "memerlukan kelulusan BDA sebelum kerja dimulakan. Permohonan diproses melalui Pusat "
                  "Setempat (OSC) BDA."),
        ]),
        ("Bila Kelulusan Diperlukan", [
            ("ul", ["Membina rumah atau bangunan baharu",
                    "Menambah bilik, tingkat atau memanjangkan dapur",
                    "Membina atau mengubah bumbung anjung (porch)",
                    "Membina pagar yang lebih tinggi daripada 1.8 meter",
                    "Menukar kegunaan bangunan, contohnya rumah kepada premis perniagaan"]),
        ]),
        ("Siapa Boleh Mengemukakan Permohonan", [
            ("p", "Pelan bangunan baharu mesti dikemukakan oleh Orang Kompeten, iaitu arkitek atau jurutera "
                  "profesional yang berdaftar. Bagi kerja ubah suai kecil pada rumah kediaman yang tidak "
                  "melibatkan struktur utama, pemilik boleh memohon sendiri melalui Permit Kerja Kecil."),
        ]),
        ("Dokumen yang Diperlukan", [
            ("ol", ["Borang permohonan yang lengkap",
                    "Salinan geran tanah atau surat hak milik",
                    "Salinan MyKad pemilik",
                    "Pelan lokasi, pelan tapak dan pelan bangunan (5 salinan)",
                    "Pengiraan struktur oleh jurutera (bagi bangunan baharu)",
                    "Resit cukai tanah dan cukai taksiran terkini"]),
        ]),
        ("Fi Pemprosesan", [
            ("table", [["Jenis permohonan", "Fi"],
                       ["Rumah kediaman satu tingkat", "RM2.00 setiap meter persegi"],
                       ["Rumah kediaman dua tingkat atau lebih", "RM3.00 setiap meter persegi"],
                       ["Bangunan komersial dan industri", "RM5.00 setiap meter persegi"],
                       ["Permit Kerja Kecil", "RM60 setiap permohonan"],
                       ["Fi minimum pelan bangunan", "RM150"]]),
        ]),
        ("Tempoh Kelulusan", [
            ("table", [["Jenis permohonan", "Tempoh"],
                       ["Pelan bangunan kediaman", "30 hari bekerja"],
                       ["Pelan bangunan komersial dan industri", "45 hari bekerja"],
                       ["Permit Kerja Kecil", "7 hari bekerja"]]),
            ("p", "Tempoh dikira selepas permohonan lengkap diterima oleh OSC BDA."),
        ]),
        ("Perakuan Siap dan Pematuhan", [
            ("p", "Selepas pembinaan siap, Orang Kompeten akan mengeluarkan Perakuan Siap dan Pematuhan (CCC). "
                  "Bangunan tidak boleh diduduki sebelum CCC dikeluarkan dan salinannya diserahkan kepada BDA."),
        ]),
        ("Kesalahan dan Penalti", [
            ("p", "Membina atau mengubah suai tanpa kelulusan BDA boleh dikenakan kompaun antara RM500 hingga "
                  "RM5,000 dan notis supaya binaan dirobohkan. Kerja yang tidak mengikut pelan yang diluluskan "
                  "boleh diarahkan dihentikan serta-merta."),
        ]),
        ("Waktu Kaunter OSC", [
            ("ul", ["Isnin-Khamis: 8.00 pagi-5.00 petang",
                    "Jumaat: 8.00 pagi-11.45 pagi dan 2.15 petang-5.00 petang",
                    "Sabtu, Ahad dan cuti umum: tutup"]),
        ]),
        ("Hubungi OSC BDA", [
            ("ul", ["Alamat: Pusat Setempat (OSC), Wisma BDA, Jalan Tanjung Kidurong, 97000 Bintulu",
                    "Telefon: 086-255 640",
                    "E-mel: osc@bda.example.invalid"]),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya hanya mahu memanjangkan dapur, perlukah arkitek?",
                 "Tidak semestinya. Jika tidak melibatkan struktur utama, pemilik boleh memohon Permit Kerja Kecil "
                 "sendiri dengan fi RM60."),
                ("Adakah pagar rumah memerlukan kelulusan?",
                 "Pagar setinggi 1.8 meter dan ke bawah tidak memerlukan kelulusan. Pagar yang lebih tinggi perlu "
                 "mendapat kelulusan BDA."),
                ("Pelan saya ditolak, adakah perlu bayar fi semula?",
                 "Tidak, jika pelan yang dipinda dikemukakan semula dalam tempoh 60 hari dari tarikh surat penolakan."),
                ("Bolehkah saya menukar jubin atau mengecat rumah tanpa permit?",
                 "Boleh. Kerja penyelenggaraan biasa seperti mengecat dan menukar jubin tidak memerlukan permit."),
            ]),
        ]),
    ])

# ---------------------------------------------------------------- MY DOCX
DOCS["my/taiping/sewa-gerai.docx"] = dict(
    meta=dict(title="Permohonan Sewa Gerai Pasar dan Medan Selera Majlis Perbandaran Taiping",
              lang="ms", country="MY", region="Taiping", agency="Majlis Perbandaran Taiping (MPT)",
              source="https://example.invalid/mpt/sewa-gerai", updated="2026-02-14", note=NOTE),
    title="Permohonan Sewa Gerai Pasar dan Medan Selera",
    end=END_MS,
    sections=[
        ("Pengenalan", [
            ("p", "Majlis Perbandaran Taiping (MPT) menyewakan gerai di Pasar Besar Taiping, pasar-pasar awam "
                  "dan medan selera milik majlis kepada peniaga tempatan. Gerai yang kosong diiklankan di papan "
                  "kenyataan dan laman sesawang MPT, dan permohonan dipertimbangkan melalui temu duga."),
        ]),
        ("Kelayakan Pemohon", [
            ("ul", ["Warganegara Malaysia berumur 18 tahun ke atas",
                    "Bermastautin dalam kawasan MPT",
                    "Tidak menyewa gerai lain milik MPT",
                    "Bagi gerai makanan: telah mendapat suntikan tifoid dan menghadiri Kursus Pengendali Makanan"]),
        ]),
        ("Dokumen Permohonan", [
            ("ol", ["Borang permohonan sewa gerai",
                    "Salinan MyKad",
                    "Dua keping gambar berukuran pasport",
                    "Salinan kad suntikan tifoid dan sijil Kursus Pengendali Makanan (gerai makanan)",
                    "Salinan pendaftaran SSM (jika ada)"]),
        ]),
        ("Kadar Sewa dan Deposit", [
            ("table", [["Jenis gerai", "Sewa sebulan"],
                       ["Gerai basah Pasar Besar Taiping (ikan, ayam, daging)", "RM120"],
                       ["Gerai kering Pasar Besar Taiping (sayur, barangan runcit)", "RM90"],
                       ["Gerai medan selera", "RM150"],
                       ["Gerai pasar awam Kamunting dan Aulong", "RM70"]]),
            ("p", "Penyewa perlu membayar deposit bersamaan 2 bulan sewa semasa menandatangani perjanjian. "
                  "Sewa bulanan dibayar sebelum 7 haribulan setiap bulan."),
        ]),
        ("Proses dan Tempoh Keputusan", [
            ("ol", ["Hantar borang dan dokumen di kaunter Jabatan Pelesenan atau melalui e-mel.",
                    "Pemohon yang layak dipanggil untuk temu duga.",
                    "Keputusan dimaklumkan secara bertulis dalam tempoh 30 hari selepas temu duga.",
                    "Pemohon berjaya menandatangani perjanjian sewa dan membayar deposit dalam 14 hari."]),
        ]),
        ("Syarat Penyewaan", [
            ("ul", ["Gerai tidak boleh disewakan semula kepada orang lain (sewa kecil)",
                    "Penyewa wajib berniaga sendiri sekurang-kurangnya 5 hari seminggu",
                    "Tunggakan sewa selama 3 bulan menyebabkan perjanjian ditamatkan dan gerai diambil semula",
                    "Kebersihan gerai dan kawasan sekitar menjadi tanggungjawab penyewa"]),
        ]),
        ("Waktu Operasi Pasar dan Medan Selera", [
            ("ul", ["Pasar Besar Taiping: setiap hari, 6.00 pagi-1.00 tengah hari",
                    "Medan selera: setiap hari, 5.00 petang-12.00 tengah malam",
                    "Pasar ditutup untuk pembersihan besar pada Isnin pertama setiap bulan"]),
        ]),
        ("Hubungi Jabatan Pelesenan", [
            ("ul", ["Alamat: Jabatan Pelesenan, Majlis Perbandaran Taiping, Jalan Kota, 34000 Taiping",
                    "Telefon: 05-806 4432",
                    "Waktu pejabat: Isnin-Khamis 8.00 pagi-5.00 petang; Jumaat 8.00 pagi-12.15 tengah hari dan 2.45 petang-5.00 petang",
                    "E-mel: gerai@mpt.example.invalid"]),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah gerai ditukar nama kepada anak saya?",
                 "Boleh, atas sebab kesihatan atau umur, dengan permohonan bertulis dan bayaran proses RM30. "
                 "Anak mesti memenuhi syarat kelayakan."),
                ("Berapa kerap suntikan tifoid perlu diambil?",
                 "Suntikan tifoid perlu diulang setiap 3 tahun dan boleh diperoleh di klinik kesihatan kerajaan "
                 "atau klinik swasta berdaftar."),
                ("Jika saya mahu berhenti menyewa, bagaimana deposit dipulangkan?",
                 "Beri notis bertulis sebulan lebih awal. Deposit dipulangkan selepas gerai diperiksa dan semua "
                 "tunggakan dijelaskan."),
            ]),
        ]),
    ])

# ---------------------------------------------------------------- MY HTML 1
DOCS["my/petaling-jaya/pas-parkir.html"] = dict(
    meta=dict(title="Bayaran Letak Kereta dan Pas Bulanan Parkir MBPJ", lang="ms", country="MY",
              region="Petaling Jaya", agency="Majlis Bandaraya Petaling Jaya (MBPJ)",
              source="https://example.invalid/mbpj/parkir", updated="2026-01-30", note=NOTE),
    title="Bayaran Letak Kereta dan Pas Bulanan Parkir",
    nav=["Utama", "Perkhidmatan", "Bayaran Dalam Talian", "Aduan", "Hubungi"],
    footer="Majlis Bandaraya Petaling Jaya - Jalan Yong Shook Lin, 46675 Petaling Jaya - parkir@mbpj.example.invalid",
    end=END_MS,
    sections=[
        ("Pengenalan", [
            ("p", "Majlis Bandaraya Petaling Jaya (MBPJ) mengurus petak letak kereta awam bertanda di jalan-jalan "
                  "dan tempat letak kereta terbuka dalam Petaling Jaya. Pengguna perlu membayar bayaran letak "
                  "kereta mengikut zon atau membeli pas bulanan."),
        ]),
        ("Waktu Bayaran Dikenakan", [
            ("p", "Bayaran letak kereta dikenakan dari Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang. "
                  "Letak kereta pada hari Ahad dan cuti umum adalah percuma."),
        ]),
        ("Kadar Bayaran", [
            ("table", [["Kategori", "Zon A (pusat komersial)", "Zon B (kawasan lain)"],
                       ["Bayaran sejam", "RM1.00", "RM0.60"],
                       ["Pas bulanan kereta", "RM100", "RM65"],
                       ["Pas bulanan kenderaan OKU berdaftar", "Percuma", "Percuma"]]),
            ("p", "Motosikal yang diletakkan di petak motosikal tidak dikenakan bayaran (percuma)."),
        ]),
        ("Cara Membayar", [
            ("ul", ["Aplikasi PJ Parkir (dompet digital atau kad)",
                    "Mesin tiket letak kereta di lokasi terpilih",
                    "Kupon letak kereta yang dijual di kedai berlesen"]),
        ]),
        ("Permohonan Pas Bulanan", [
            ("ol", ["Mohon melalui aplikasi PJ Parkir atau kaunter Jabatan Pengangkutan Bandar.",
                    "Sertakan salinan geran kenderaan dan MyKad pemilik.",
                    "Pilih zon dan bulan mula.",
                    "Pas digital diluluskan dalam 2 hari bekerja dan terus dipautkan kepada nombor pendaftaran kenderaan."]),
        ]),
        ("Kompaun Letak Kereta", [
            ("table", [["Tempoh bayaran kompaun", "Kadar"],
                       ["Dalam 14 hari dari tarikh notis", "RM30"],
                       ["Selepas 14 hari", "RM50"],
                       ["Letak kereta di petak OKU tanpa kebenaran", "RM150"]]),
            ("p", "Kompaun boleh dibayar melalui aplikasi PJ Parkir atau kaunter hasil MBPJ."),
        ]),
        ("Rayuan Kompaun", [
            ("p", "Rayuan boleh dikemukakan dalam tempoh 14 hari dari tarikh notis melalui aplikasi atau e-mel "
                  "dengan menyertakan bukti, contohnya resit bayaran letak kereta. Keputusan rayuan dimaklumkan "
                  "dalam 7 hari bekerja."),
        ]),
        ("Waktu Kaunter", [
            ("p", "Kaunter Jabatan Pengangkutan Bandar, Menara MBPJ: Isnin-Khamis 8.00 pagi-4.30 petang; "
                  "Jumaat 8.00 pagi-12.15 tengah hari dan 2.45 petang-4.30 petang. Tutup pada Sabtu, Ahad dan cuti umum."),
        ]),
        ("Hubungi", [
            ("ul", ["Talian parkir MBPJ: 03-7956 3700",
                    "WhatsApp: 012-378 4410",
                    "E-mel: parkir@mbpj.example.invalid"]),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya tukar kereta, boleh pindahkan pas bulanan?",
                 "Boleh. Kemas kini nombor pendaftaran kenderaan dalam aplikasi PJ Parkir tanpa bayaran."),
                ("Satu pas bulanan boleh digunakan untuk dua kereta?",
                 "Tidak. Setiap pas dipautkan kepada satu nombor pendaftaran kenderaan sahaja."),
                ("Adakah pas bulanan Zon A boleh digunakan di Zon B?",
                 "Ya. Pas Zon A sah di kedua-dua zon, tetapi pas Zon B hanya sah di Zon B."),
            ]),
        ]),
    ])

# ---------------------------------------------------------------- MY HTML 2
DOCS["my/bintulu/lesen-perdagangan.html"] = dict(
    meta=dict(title="Lesen Perdagangan Lembaga Kemajuan Bintulu", lang="ms", country="MY",
              region="Bintulu", agency="Lembaga Kemajuan Bintulu (Bintulu Development Authority, BDA)",
              source="https://example.invalid/bda/lesen-perdagangan", updated="2026-01-21", note=NOTE),
    title="Lesen Perdagangan (Trade Licence)",
    nav=["Laman Utama", "Perkhidmatan", "Pelesenan", "eBayaran", "Hubungi Kami"],
    footer="Lembaga Kemajuan Bintulu - Wisma BDA, Jalan Tanjung Kidurong, 97000 Bintulu - lesen@bda.example.invalid",
    end=END_MS,
    sections=[
        ("Pengenalan", [
            ("p", "Setiap perniagaan yang beroperasi di premis dalam kawasan Lembaga Kemajuan Bintulu (BDA) "
                  "wajib memiliki lesen perdagangan yang sah. Lesen dikeluarkan oleh Bahagian Pelesenan BDA "
                  "dan perlu dipamerkan di premis."),
        ]),
        ("Jenis Lesen", [
            ("ul", ["Lesen premis perniagaan tetap (kedai, pejabat, bengkel)",
                    "Lesen premis makanan (restoran, kafe, gerai makanan)",
                    "Lesen penjaja bergerak",
                    "Lesen Ekspres bagi perniagaan berisiko rendah"]),
        ]),
        ("Syarat Permohonan", [
            ("ol", ["Perniagaan didaftarkan dengan SSM",
                    "Premis mempunyai kelulusan kegunaan bangunan yang sesuai",
                    "Premis makanan: pekerja telah mendapat suntikan tifoid dan latihan pengendali makanan",
                    "Bengkel dan premis berisiko: sokongan Jabatan Bomba dan Penyelamat Malaysia"]),
        ]),
        ("Dokumen yang Perlu Disertakan", [
            ("ul", ["Salinan MyKad pemilik",
                    "Salinan sijil pendaftaran SSM",
                    "Perjanjian sewa atau geran premis",
                    "Pelan lokasi dan gambar premis",
                    "Resit cukai taksiran terkini"]),
        ]),
        ("Bayaran Lesen Tahunan", [
            ("table", [["Jenis perniagaan", "Bayaran setahun"],
                       ["Kedai runcit", "RM80"],
                       ["Restoran dan kafe", "RM150"],
                       ["Bengkel kenderaan", "RM200"],
                       ["Penjaja bergerak", "RM40"],
                       ["Bayaran proses permohonan", "RM10"]]),
        ]),
        ("Tempoh Pemprosesan", [
            ("table", [["Jenis lesen", "Tempoh"],
                       ["Lesen Ekspres (perniagaan berisiko rendah)", "1 hari bekerja"],
                       ["Lesen premis perniagaan biasa", "7 hari bekerja"],
                       ["Lesen premis makanan (termasuk pemeriksaan)", "14 hari bekerja"]]),
        ]),
        ("Pembaharuan Lesen", [
            ("p", "Semua lesen perdagangan tamat pada 31 Disember setiap tahun. Pembaharuan boleh dibuat dari "
                  "1 November hingga 31 Mac tahun berikutnya tanpa penalti. Pembaharuan selepas 31 Mac "
                  "dikenakan penalti 20% daripada bayaran lesen."),
        ]),
        ("Memohon Secara Dalam Talian", [
            ("p", "Permohonan baharu dan pembaharuan boleh dibuat melalui portal eLesen BDA. Bayaran dibuat "
                  "melalui FPX dan lesen digital boleh dicetak sendiri."),
        ]),
        ("Waktu Kaunter Pelesenan", [
            ("ul", ["Isnin-Khamis: 8.00 pagi-5.00 petang",
                    "Jumaat: 8.00 pagi-11.45 pagi dan 2.15 petang-5.00 petang",
                    "Sabtu, Ahad dan cuti umum: tutup"]),
        ]),
        ("Hubungi Bahagian Pelesenan", [
            ("ul", ["Alamat: Bahagian Pelesenan, Wisma BDA, Jalan Tanjung Kidurong, 97000 Bintulu, Sarawak",
                    "Telefon: 086-255 620",
                    "E-mel: lesen@bda.example.invalid"]),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya berpindah ke premis baharu, boleh guna lesen yang sama?",
                 "Tidak. Lesen dikeluarkan bagi premis tertentu; permohonan baharu perlu dibuat bagi alamat baharu."),
                ("Saya menjual kek secara dalam talian dari rumah, perlukah lesen perdagangan?",
                 "Lesen premis tidak diperlukan jika pelanggan tidak datang ke rumah dan tiada papan tanda "
                 "perniagaan, tetapi perniagaan perlu didaftarkan dengan SSM."),
                ("Lesen saya hilang, bagaimana mendapatkan salinan?",
                 "Cetak semula lesen digital melalui portal eLesen BDA tanpa bayaran."),
            ]),
        ]),
    ])

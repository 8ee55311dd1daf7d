"""Write questions.jsonl and conversations.jsonl (run: python3 build/make_sets.py)."""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

SIM = "id/nasional/sim-korlantas.md"
NPWP = "id/nasional/npwp-djp.md"
KTP = "id/probolinggo/ktp-el.md"
PBB = "id/probolinggo/pbb-p2.pdf"
FOG = "id/probolinggo/fogging-dbd.md"
PDAM = "id/probolinggo/pdam-tagihan.html"
WISATA = "id/bukittinggi/tiket-wisata.html"
KIOS = "id/bukittinggi/sewa-kios-pasar.docx"
RSUD = "id/bukittinggi/rsud-rawat-jalan.md"
PINDAH = "id/sorong/surat-pindah.md"
SAMSAT = "id/sorong/pajak-kendaraan-samsat.md"
BANJIR = "id/sorong/bantuan-banjir.md"

# (question, doc, fact)
ANSWERABLE = [
    # SIM (Korlantas) - 5
    ("brp biaya perpanjang sim c skrg?", SIM, "Rp 85.000"),
    ("ujian teori sim hrs bener brp soal biar lulus", SIM, "21 soal"),
    ("sim sy udh expired 3 hari, msh bs renew ga ya?", SIM, "7 hari"),
    ("kak aplikasi buat perpanjang sim online itu apa ya namanya", SIM, "LajuSIM"),
    ("kemarin gagal ujian praktik sim, kpn bs ujian ulang?", SIM, "14 hari"),
    # NPWP (DJP) - 4
    ("ayah sy udh meninggal, hapus npwp nya brp lama prosesnya kak", NPWP, "4 bulan"),
    ("daftar npwp online, link aktivasinya berlaku brp jam?", NPWP, "48 jam"),
    ("ak baru pindah rumah, ganti alamat di npwp selesainya brp hari ya", NPWP, "3 hari kerja"),
    ("kpp jumat tutup jam brp?", NPWP, "15.30"),
    # KTP-el (Probolinggo) - 4
    ("ortu sy udh lansia gk bs jalan, perekaman ktp bs dtg ke rumah ga? hub kmn", KTP, "0813-5550-4417"),
    ("blanko ktp kosong, suketnya berlaku brp lama?", KTP, "6 bulan"),
    ("sabtu bisa ambil ktp gak, sampe jam brp", KTP, "12.00"),
    ("sy ajuin ganti ktp lewat SiDuka sore2, diprosesnya kpn ya", KTP, "14.00"),
    # PBB-P2 (Probolinggo, PDF) - 5
    ("pbb tahun ini due date nya kpn sih", PBB, "31 Agustus 2026"),
    ("telat bayar pbb dendanya brp?", PBB, "1% per bulan"),
    ("nenek sy lansia, bs dapet keringanan pbb brp persen?", PBB, "50%"),
    ("baru beli rumah bekas, balik nama sppt pbb nya brp lama min", PBB, "10 hari kerja"),
    ("klo bayar pbb sebelum april ada diskon ga min", PBB, "5%"),
    # Fogging DBD (Probolinggo) - 4
    ("nomor puskesmas kedopok buat lapor dbd brp?", FOG, "555-0144"),
    ("fogging kedua brp hari stlh yg pertama", FOG, "7 hari"),
    ("kalo fogging itu radiusnya brp meter sih dr rumah yg kena dbd", FOG, "200 meter"),
    ("mau fogging sendiri pake jasa swasta boleh ga sih", FOG, "rekomendasi"),
    # PDAM (Probolinggo, HTML) - 4
    ("bayar pdam paling telat tgl brp", PDAM, "tanggal 20"),
    ("denda telat bayar air rumah tangga brp ya", PDAM, "Rp 10.000"),
    ("air di rumah udh disegel krn nunggak, buka segelnya bayar brp", PDAM, "Rp 75.000"),
    ("tagihan air bengkak bgt bulan ini, lapor wa kmn?", PDAM, "0812-5550-6677"),
    # Tiket wisata (Bukittinggi, HTML) - 4
    ("tiket lobang jepang brp skrg", WISATA, "Rp 20.000"),
    ("izin foto prewed di jam gadang brp gan", WISATA, "Rp 300.000"),
    ("rombongan sekolah ada diskon ga? minimal brp org", WISATA, "20 orang"),
    ("klo mau pake pemandu di lobang jepang bayarnya brp ya gan", WISATA, "Rp 50.000"),
    # Sewa kios (Bukittinggi, DOCX) - 4
    ("sewa kios pasar atas per meter sebulan brp?", KIOS, "Rp 45.000"),
    ("kontrak sewa kios di pasar itu berlaku brp tahun sih, bs diperpanjang?", KIOS, "2 tahun"),
    ("kalo nunggak retribusi kios 6 bulan gmn, kiosnya diambil?", KIOS, "dicabut"),
    ("bayar retribusi kios paling lambat tgl brp", KIOS, "tanggal 10"),
    # RSUD rawat jalan (Bukittinggi) - 4
    ("poli mata buka hari apa aja", RSUD, "Selasa dan Kamis"),
    ("daftar poli di loket tutup jam brp?", RSUD, "11.00"),
    ("rujukan bpjs dr puskesmas udh sebulan lalu, msh berlaku ga ya? brp lama berlakunya", RSUD, "90 hari"),
    ("berobat umum ke dokter spesialis karcisnya brp kak", RSUD, "Rp 60.000"),
    # Surat pindah (Sorong) - 4
    ("skpwni berlaku brp lama?", PINDAH, "100 hari"),
    ("sy udh 2 bulan pindah ke sorong blm lapor, kena denda ga", PINDAH, "Rp 100.000"),
    ("urus surat pindah online pake apa", PINDAH, "KlikPindah"),
    ("apply pindah online trus berkas kurang, hrs diperbaiki brp hari", PINDAH, "7 hari"),
    # Samsat PKB (Sorong) - 4
    ("pajak motor sy telat 3 bulan, dendanya brp persen per bulan", SAMSAT, "2% per bulan"),
    ("pajak mobil ketiga tarif progresifnya brp", SAMSAT, "2,5%"),
    ("pemutihan pajak kendaraan sampai kpn", SAMSAT, "30 Juni 2026"),
    ("samsat keliling hari jumat dmn ya", SAMSAT, "Taman Deo"),
    # Bantuan banjir (Sorong) - 4
    ("rumah mulai kemasukan air nih, nomor darurat bpbd buat lapor banjir brp", BANJIR, "555-0112"),
    ("rumah rusak berat kena banjir dpt bantuan brp", BANJIR, "Rp 30.000.000"),
    ("batas ngajuin bantuan perbaikan rumah abis banjir kpn", BANJIR, "30 hari"),
    ("bantuan beras brp kg per kk", BANJIR, "10 kg"),
]

# (question, kind, why) - kind is "close" or "far"; why goes to NOTES.md only
NOT_COVERED = [
    ("syarat bikin akta kelahiran anak di dukcapil apa aja", "close",
     "neighbouring service of Dispendukcapil/Disdukcapil (both in the folder); no page covers birth certificates"),
    ("pbb di kota malang jatuh tempo kpn ya", "close",
     "same service (PBB-P2) in a city not in the folder; only Kota Probolinggo's PBB page exists"),
    ("mau ke luar negeri, bikin sim internasional syaratnya apa aja min", "close",
     "the SIM page says SIM Internasional is not covered"),
    ("balik nama motor bekas di samsat brp biayanya", "close",
     "the Samsat page says balik nama (BBNKB) and mutasi are on a separate page, not here"),
    ("jam besuk pasien rawat inap rsud jam brp", "close",
     "the RSUD page is outpatient only and says IGD and rawat inap have their own pages"),
    ("resep rendang yg empuk gmn caranya", "far", "cooking"),
    ("hp 2 jutaan yg bagus buat main game apa ya", "far", "shopping advice"),
    ("timnas main lg kpn sih", "far", "sport fixtures"),
    ("cara ngilangin jerawat batu dong", "far", "skin care"),
    ("ada rekomendasi film horor yg seru bgt buat nonton malam ini ga", "far", "entertainment"),
]

CONVERSATIONS = [
    {"id": "id-sim-renew-npwp", "turns": [
        ("mau perpanjang sim a, brp biayanya?", "start", [SIM]),
        ("bs online ga?", "follow", [SIM]),
        ("brp lama nyampe rumah?", "follow", [SIM]),
        ("oh iya sy jg mau ganti alamat npwp, gmn caranya", "new", [NPWP]),
    ]},
    {"id": "id-pdam-denda", "turns": [
        ("tagihan pdam sy telat bayar bulan ini, kena denda ga?", "start", [PDAM]),
        ("brp dendanya utk rumah tangga", "follow", [PDAM]),
        ("bayarnya bs dmn aja?", "follow", [PDAM]),
    ]},
    {"id": "id-rsud-lalu-wisata", "turns": [
        ("mau daftar poli jantung di rsud bukittinggi gmn caranya", "start", [RSUD]),
        ("sabtu buka?", "follow", [RSUD]),
        ("klo pake bpjs bawa apa aja", "follow", [RSUD]),
        ("abis dr rs mau ke lobang jepang, tiketnya brp?", "new", [WISATA]),
        ("buka sampe jam brp?", "follow", [WISATA]),
    ]},
    {"id": "id-pindah-lalu-samsat", "turns": [
        ("mau pindah dr sorong ke makassar, urus surat pindahnya gmn", "start", [PINDAH]),
        ("brp lama jadinya?", "follow", [PINDAH]),
        ("bayar ga?", "follow", [PINDAH]),
        ("sekalian, pajak motor sy telat 2 bulan, dendanya brp", "new", [SAMSAT]),
    ]},
    {"id": "id-fogging-gang", "turns": [
        ("di gang sy bnyk yg kena dbd, bs minta fogging ga?", "start", [FOG]),
        ("bayar ga kak?", "follow", [FOG]),
        ("biasanya jam brp fognya?", "follow", [FOG]),
    ]},
]


def main() -> None:
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _kind, _why in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for conv in CONVERSATIONS:
            turns = [{"q": q, "kind": kind, "docs": docs} for q, kind, docs in conv["turns"]]
            fh.write(json.dumps({"id": conv["id"], "lang": "id", "country": "ID",
                                 "turns": turns}, ensure_ascii=False) + "\n")
    print(len(ANSWERABLE) + len(NOT_COVERED), "questions,", len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()

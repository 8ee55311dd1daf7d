"""Write ../questions.jsonl and ../conversations.jsonl from the lists below."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

KTP = "id/batam/ktp-el-hilang-rusak.md"
PASPOR = "id/batam/paspor-biasa.pdf"
AIR = "id/batam/air-bersih-sambungan-baru.md"
SIM = "id/surakarta/sim-baru-perpanjangan.docx"
PASAR = "id/surakarta/retribusi-pasar.md"
PKM = "id/surakarta/layanan-puskesmas.html"
UMK = "id/surakarta/izin-usaha-umk.md"
SAMPAH = "id/ambon/retribusi-sampah.html"
AKTA = "id/ambon/akta-kelahiran.md"
PBB = "id/ambon/pbb-p2.md"
BPJS = "id/nasional/bpjs-kesehatan-mandiri.md"
SKCK = "id/nasional/skck.md"

ANSWERABLE = [
    # KTP-el Batam (5)
    ("ktp ilang brp hari jadinya?", KTP, "3 hari kerja"),
    ("e-ktp sy rusak chipnya gk kebaca, bs apply online gk? pake app apa", KTP, "SILAKAN Batam"),
    ("jumat dukcapil istirahat ya? buka lg jam brp", KTP, "13.30"),
    ("thn ini udh 3x ilang ktp bro, ada syarat tambahan gk", KTP, "Rp10.000"),
    ("cetak ktp di kantor kecamatan bs ga, sehari kuotanya brp?", KTP, "40 keping"),
    # Paspor Batam (4)
    ("mau renew paspor yg elektronik, fee nya brp skrg?", PASPOR, "Rp660.000"),
    ("paspor sy ilang gan, mau bikin lg kena denda brp?", PASPOR, "Rp1.200.000"),
    ("udh dpt kode billing paspor, deadline bayarnya brp lama sih", PASPOR, "3 jam"),
    ("paspor udh jadi tp blm sempet ambil, maksimal brp hari?", PASPOR, "30 hari"),
    # Air Batam (4)
    ("pasang sambungan air baru rmh tipe 36 biayanya brp", AIR, "Rp1.250.000"),
    ("telat bayar tagihan air dendanya brp persen", AIR, "2%"),
    ("air sy diputus krn nunggak 3 bln, biaya nyambung lg brp?", AIR, "Rp150.000"),
    ("air dirumah mati dr pagi, nomor pengaduannya brp ya", AIR, "0778-480-0111"),
    # SIM Surakarta (4)
    ("brp biaya perpanjang sim c", SIM, "Rp80.000"),
    ("gk lulus ujian praktek sim, kpn bs ngulang?", SIM, "14 hari"),
    ("satpas sabtu buka gk? smp jam brp", SIM, "11.00"),
    ("tes psikologi buat bikin sim bayar brp ya", SIM, "Rp45.000"),
    # Pasar Surakarta (4)
    ("retribusi kios pasar gede per meter brp sebulan", PASAR, "Rp12.500"),
    ("shp kios pasar berlaku brp taun", PASAR, "3 tahun"),
    ("mau oper kios ke adek sy, biaya balik nama shp brp?", PASAR, "Rp300.000"),
    ("klo telat bayar retibusi kios pasar dendanya brp persen", PASAR, "1,5%"),
    # Izin usaha UMK Surakarta (4)
    ("spp-irt brp lama jadinya stlh penyuluhan", UMK, "12 hari kerja"),
    ("pirt berlaku brp taun sih", UMK, "5 tahun"),
    ("klinik umk buat dibantu bikin nib buka hari apa aja", UMK, "Selasa dan Kamis"),
    ("penyuluhan keamanan pangan buat pirt bayar gk? brp", UMK, "Rp75.000"),
    # Puskesmas Surakarta (4)
    ("antri puskesmas online pake app apa", PKM, "ANTRI SEHAT Solo"),
    ("surat keterangan sehat buat ngelamar kerja di puskesmas brp?", PKM, "Rp25.000"),
    ("puskesmas yg ugd 24 jam mana aja ya", PKM, "Gilingan"),
    ("surat rujukan dr puskesms berlakunya brp lama, mau kontrol lg ke rs", PKM, "90 hari"),
    # Sampah Ambon (4)
    ("iuran sampah buat toko kelontong kecil gitu brp sebulan", SAMPAH, "Rp35.000"),
    ("jam brp boleh buang sampah ke tps?", SAMPAH, "18.00"),
    ("mau buang kasur bekas bs diangkut petugas gk, bayar brp", SAMPAH, "Rp150.000"),
    ("denda buang sampah sembarangan brp sih", SAMPAH, "Rp500.000"),
    # Akta kelahiran Ambon (4)
    ("batas lapor akta lahir anak brp hari?", AKTA, "60 hari"),
    ("bikin akta kelahiran online bs pake app apa", AKTA, "LAPOR LAHIR Ambon"),
    ("anak udh 4 bln blm dibikinin akta, klo telat gini prosesnya brp lama?", AKTA, "5 hari kerja"),
    ("saksi buat akta lahir hrs umur brp min", AKTA, "21 tahun"),
    # PBB Ambon (4)
    ("jatuh tempo pbb taun ini kpn", PBB, "31 Agustus 2026"),
    ("klo bayar pbb duluan sblm juli ada diskon gk?", PBB, "5%"),
    ("telat bayar pbb bunganya brp per bulan", PBB, "1%"),
    ("ortu sy pensiunan, bs dpt potongan pbb gk? max brp persen", PBB, "50%"),
    # BPJS Kesehatan (5)
    ("iuran bpjs kelas 3 mandiri brp skrg", BPJS, "Rp37.500"),
    ("bpjs mandiri due date bayarnya tgl brp tiap bulan", BPJS, "tanggal 10"),
    ("abis daftar bpjs mandiri kpn kartunya bs dipake", BPJS, "14 hari"),
    ("denda rawat inap bpjs abis nunggak maksimal brp?", BPJS, "Rp25.000.000"),
    ("mau pindah faskes bpjs, hrs nunggu brp lama", BPJS, "3 bulan"),
    # SKCK (4)
    ("bikin skck brp", SKCK, "Rp35.000"),
    ("skck berlaku brp lama ya", SKCK, "6 bulan"),
    ("skck buat kerja ke luar negri bikinnya dmn? polres bs?", SKCK, "Polda"),
    ("skck sy expired udh 2 taun, msh bs renew gk", SKCK, "1 tahun"),
]

NOT_COVERED = [
    # close
    "sim internasional bikinnya gmn, syaratnya apa aja",
    "cara urus akta kematian bapak sy gmn ya",
    "retribusi sampah di makassar brp sebulan",
    "cara claim jht bpjs ketenagakerjaan online gmn",
    "perpanjang itas istri sy yg wna di imigrasi syaratnya apa",
    # far
    "resep rendang biar dagingnya empuk gmn",
    "hp 2 jutaan yg kameranya bagus apa ya",
    "timnas main lg kpn bro",
    "obat sakit kepala yg ampuh apa",
    "kucing sy gk mau makan 2 hari knp ya",
]

CONVERSATIONS = [
    ("id-batam-ktp-paspor", [
        ("ktp sy ilang pas di pelabuhan, ngurusnya gmn", "start", KTP),
        ("perlu surat polisi jg gk?", "follow", KTP),
        ("sabtu bs gk ngurusnya", "follow", KTP),
        ("oiya sekalian mau bikin paspor jg, daftarnya lewat apa?", "new", PASPOR),
        ("yg elektronik biayanya brp", "follow", PASPOR),
    ]),
    ("id-solo-sim", [
        ("mau perpanjang sim c, abisnya bulan depan", "start", SIM),
        ("biayanya brp semua?", "follow", SIM),
        ("bs di sim keliling aja gk", "follow", SIM),
        ("klo ternyata udh lewat seminggu gmn", "follow", SIM),
    ]),
    ("id-ambon-pbb-akta", [
        ("pbb taun ini jatuh temponya kpn ya", "start", PBB),
        ("klo telat dendanya gmn", "follow", PBB),
        ("trs klo mau bikin akta lahir anak sy yg baru lahir gmn", "new", AKTA),
        ("bayar gk?", "follow", AKTA),
    ]),
    ("id-solo-pasar-nib", [
        ("mau sewa kios kosong di pasar klewer caranya gmn", "start", PASAR),
        ("retribusinya brp sebulan", "follow", PASAR),
        ("buat usaha kios itu perlu bikin nib jg gk?", "new", UMK),
        ("bikinnya bayar gk", "follow", UMK),
    ]),
    ("id-bpjs-mandiri", [
        ("daftar bpjs mandiri syaratnya apa aja", "start", BPJS),
        ("boleh daftar sendiri aja gk, istri ga ikut", "follow", BPJS),
        ("iuran kelas 2 nya brp", "follow", BPJS),
    ]),
]


def main() -> None:
    base = {"lang": "id", "country": "ID"}
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, **base, "docs": [doc], "fact": fact},
                                ensure_ascii=False) + "\n")
        for q in NOT_COVERED:
            fh.write(json.dumps({"q": q, **base, "docs": []}, ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, **base, "turns": [
                {"q": q, "kind": k, "docs": [d]} for q, k, d in turns]},
                ensure_ascii=False) + "\n")
    print(len(ANSWERABLE) + len(NOT_COVERED), "questions,", len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()

"""Write questions.jsonl (60 lines) and conversations.jsonl (5 lines) of ridges-id."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NPWP = "id/nasional/npwp-spt-tahunan.md"
PASPOR = "id/nasional/paspor-biasa.html"
PBB = "id/salatiga/pbb-p2.md"
AIR = "id/salatiga/air-minum-perumda.pdf"
AKTA = "id/salatiga/akta-kelahiran.md"
KIOS = "id/salatiga/sewa-kios-pasar.md"
SAMPAH = "id/madiun/retribusi-sampah.docx"
PBG = "id/madiun/pbg-bangunan.md"
PARKIR = "id/madiun/parkir.html"
BENCANA = "id/tanjungpinang/bantuan-bencana-bpbd.md"
PINDAH = "id/tanjungpinang/pindah-domisili.md"
REKLAME = "id/tanjungpinang/izin-pajak-reklame.md"

# (question, document, fact)
ANSWERABLE = [
    # NPWP dan SPT Tahunan
    ("telat lapor spt tahunan pribadi dendanya brp sih", NPWP, "Rp150.000"),
    ("deadline spt pribadi kapan", NPWP, "15 April"),
    ("kalo kurang bayar pajak trus baru dilunasin stlh deadline kena bunga brp persen?",
     NPWP, "1,2 persen"),
    ("min mau nanya2 soal pajak, nomor call center nya brp ya", NPWP, "1500-727"),
    ("sy karyawan 1 kantor doang, lapor spt pake formulir yg mana ya", NPWP, "1770 SS"),
    # Paspor
    ("biaya paspor elektronik skrg brp?", PASPOR, "Rp690.000"),
    ("kak paspor sy ilang pas pindahan, kena denda brp ya selain bayar paspor baru",
     PASPOR, "Rp1.250.000"),
    ("kalo bikin paspor baru tuh brp hari sih jadinya, mau umroh soalnya", PASPOR, "4 hari kerja"),
    ("udh dpt kode billing paspor, bayarnya max brp jam sblm hangus?", PASPOR, "6 jam"),
    ("contact center imigrasi nomornya", PASPOR, "1500-846"),
    # PBB Salatiga
    ("pbb jatuh tempo kpn", PBB, "31 Agustus"),
    ("telat bayar pbb di salatiga dendanya brp persen sebulan?", PBB, "1,5 persen"),
    ("abis beli rumah mau balik nama sppt pbb, brp lama prosesnya gan", PBB, "5 hari kerja"),
    ("bapak sy pensiunan, bs dapet keringanan pbb ga? maksimal brp persen", PBB, "50 persen"),
    # Air minum Salatiga
    ("lupa bayar tagihan pdam bulan ini udh lewat tgl, dendanya brp?", AIR, "Rp15.000"),
    ("air dirumah udh diputus gara2 nunggak, kalo mau nyambung lagi bayar brp?", AIR,
     "Rp150.000"),
    ("wa pengaduan pipa bocor pdam salatiga", AIR, "0811-2900-4455"),
    ("biaya pasang baru PDAM buat rumah brp ya min", AIR, "Rp1.350.000"),
    # Akta kelahiran Salatiga
    ("abis lahiran maks brp hari hrs lapor bikin akta?", AKTA, "60 hari"),
    ("akta lahir yg online dicetak pake kertas apa", AKTA, "HVS A4 80 gram"),
    ("lahiran di rumah ga ada surat keterangan lahir dr bidan, trus gmn bikin aktanya",
     AKTA, "SPTJM"),
    ("nomor wa disdukcapil salatiga", AKTA, "0813-9000-1212"),
    # Sewa kios pasar Salatiga
    ("sewa kios pasar raya per meter brp sebulan", KIOS, "Rp32.000"),
    ("klo jualan di pelataran pasar bayar retribusinya brp per hari", KIOS, "Rp3.000"),
    ("telat bayar retribusi kios kena denda gak? brp", KIOS, "2 persen per bulan"),
    ("klo ngajuin SIP kios baru di pasar tuh prosesnya brp lama kak", KIOS, "7 hari kerja"),
    # Sampah Madiun
    ("retribusi sampah buat warung brp sebulan", SAMPAH, "Rp25.000"),
    ("mau buang kasur sama lemari lama, bs diangkut dlh ga? bayar brp", SAMPAH, "Rp50.000"),
    ("denda buang sampah ke sungai brp", SAMPAH, "Rp500.000"),
    ("sampah di TPS deket rumah ga diangkut2 udh 3 hari, lapor kemana ya", SAMPAH,
     "0821-3100-7070"),
    # PBG Madiun
    ("mau bangun ruko 2 lantai, retribusi PBG nya per m2 brp ya", PBG, "Rp22.000"),
    ("ngurus pbg rumah tinggal brp lama", PBG, "21 hari kerja"),
    ("rumah udh terlanjur dibangun tp blm ada imb/pbg, kena denda brp?", PBG,
     "2 persen dari nilai bangunan"),
    ("konsultasi pbg gratis hari apa aja", PBG, "Selasa dan Kamis"),
    # Parkir Madiun
    ("parkir berlangganan motor setahun brp", PARKIR, "Rp30.000"),
    ("motor sy digembok dishub krn parkir di trotoar, bukanya bayar brp", PARKIR, "Rp150.000"),
    ("mobil kena derek, biaya nginep di depo per hari brp?", PARKIR, "Rp25.000"),
    ("mau lapor jukir liar minta 5rb, ke no brp?", PARKIR, "0812-3300-6161"),
    # Bantuan bencana Tanjungpinang
    ("rumah rusak berat kena banjir dpt bantuan brp dari pemkot", BENCANA, "Rp15.000.000"),
    ("pengajuan bantuan rumah rusak paling telat brp hari stlh kejadian?", BENCANA, "14 hari"),
    ("ada pohon tumbang nutup jalan depan rumah, nomor wa bpbd brp", BENCANA, "0812-7000-1190"),
    ("udh ngajuin bantuan rumah rusak, kpn dicek ke lapangan?", BENCANA, "7 hari kerja"),
    # Pindah domisili Tanjungpinang
    ("skpwni berlaku brp lama", PINDAH, "90 hari"),
    ("bikin surat pindah keluar dr tanjungpinang ke batam jadinya brp hari", PINDAH,
     "1 hari kerja"),
    ("dukcapil buka hari sabtu ga buat ngurus pindah? kerja soalnya", PINDAH,
     "Mal Pelayanan Publik"),
    ("wa dukcapil tpi brp", PINDAH, "0813-6400-2424"),
    # Reklame Tanjungpinang
    ("pajak spanduk seminggu brp", REKLAME, "Rp25.000"),
    ("reklame ga ada izin trus dibongkar satpol pp, biaya bongkarnya brp?", REKLAME,
     "Rp750.000"),
    ("izin baliho brp hari kelar", REKLAME, "2 hari kerja"),
    ("papan nama toko kecil nempel di ruko kena pajak reklame gak sih", REKLAME, "1 m2"),
]

# (question, kind, why it is not covered)
NOT_COVERED = [
    ("ktp sy ilang, bikin baru di salatiga syaratnya apa aja", "close",
     "Same agency (Disdukcapil Salatiga), another service: the folder has only its birth "
     "certificate page."),
    ("tarif air pdam madiun per kubik brp skrg", "close",
     "Same service in another city: the water tariff page is Salatiga's Perumda, not Madiun's."),
    ("cara ngurus paspor dinas buat pns gmn", "close",
     "A variant the passport page says it does not handle (paspor dinas goes through "
     "Kementerian Luar Negeri); no procedure given."),
    ("pbb tanjungpinang jatuh temponya kapan ya", "close",
     "Same service in another city: the PBB-P2 page is Salatiga's only."),
    ("sedot wc di madiun bisa minta ke dlh ga, brp biayanya", "close",
     "The waste page says septic-tank emptying (penyedotan tinja) is not part of the service."),
    ("resep rendang padang yg empuk gmn", "far", "Cooking recipe."),
    ("skor persis solo tadi malem brp", "far", "Football result."),
    ("gan minta rekomendasi hp 3 jutaan yg kameranya bagus buat konten dong", "far", "Phone shopping advice."),
    ("besok salatiga hujan ga ya", "far", "Weather forecast."),
    ("tips naik rank mobile legends cepet dong, stuck di epic terus nih", "far", "Video game."),
]

CONVERSATIONS = [
    ("id-paspor-01", [
        ("mau bikin paspor pertama kali, syaratnya apa aja?", "start", PASPOR),
        ("yg elektronik brp?", "follow", PASPOR),
        ("jadinya brp hari", "follow", PASPOR),
        ("ngambilnya bisa diwakilin org lain ga", "follow", PASPOR),
    ]),
    ("id-salatiga-pbb-air", [
        ("pbb salatiga bayarnya dmn aja ya", "start", PBB),
        ("kalo telat dendanya?", "follow", PBB),
        ("oh iya skalian, rekening pdam kalo telat bayar kena denda jg?", "new", AIR),
        ("nunggak brp bulan baru diputus?", "follow", AIR),
    ]),
    ("id-madiun-sampah-parkir", [
        ("mau daftar langganan angkut sampah di madiun gmn caranya", "start", SAMPAH),
        ("buat toko kelontong tarifnya brp", "follow", SAMPAH),
        ("bayarnya bisa lewat apa aja", "follow", SAMPAH),
        ("trus kalo mau parkir berlangganan motor daftarnya dmn?", "new", PARKIR),
        ("stikernya ilang gmn", "follow", PARKIR),
    ]),
    ("id-tanjungpinang-pindah-banjir", [
        ("sy mau pindah dari batam ke tanjungpinang, perlu bawa apa aja", "start", PINDAH),
        ("brp lama prosesnya", "follow", PINDAH),
        ("bs online gak?", "follow", PINDAH),
        ("btw rumah yg sy tempatin skrg kebanjiran kmrn, ada bantuan ga dr pemkot?", "new",
         BENCANA),
        ("tp sy cuma ngontrak", "follow", BENCANA),
    ]),
    ("id-npwp-01", [
        ("cara daftar npwp online gmn ya", "start", NPWP),
        ("brp lama jadinya", "follow", NPWP),
        ("kartunya dikirim ga?", "follow", NPWP),
        ("kalo lupa efin gmn", "follow", NPWP),
    ]),
]


def main() -> None:
    lines = []
    for q, doc, fact in ANSWERABLE:
        lines.append({"q": q, "lang": "id", "country": "ID", "docs": [doc], "fact": fact})
    for q, _kind, _why in NOT_COVERED:
        lines.append({"q": q, "lang": "id", "country": "ID", "docs": []})
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            obj = {"id": cid, "lang": "id", "country": "ID",
                   "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()

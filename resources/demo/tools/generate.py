#!/usr/bin/env python3
"""Regenerates resources/demo/demo.json and the demo photos (resources/demo/photos/*.jpg).

The photos are drawn with ImageMagick (`convert`): a studio-style backdrop, an object silhouette per
category and a paper tag with the item's name, so every listing has real JPEGs of its own.
Run from the repository root: python3 resources/demo/tools/generate.py
"""
import hashlib
import json
import os
import subprocess
import uuid

PASSWORD = "caravan-demo-2026"

SELLERS = [
    ("mei.tanaka", "Mei Tanaka", "JP", "JPY"),
    ("ana.silva", "Ana Silva", "BR", "BRL"),
    ("lukas.weber", "Lukas Weber", "DE", "EUR"),
    ("camille.martin", "Camille Martin", "FR", "EUR"),
    ("giulia.rossi", "Giulia Rossi", "IT", "EUR"),
    ("minjun.kim", "Minjun Kim", "KR", "KRW"),
    ("li.wei", "Li Wei", "CN", "CNY"),
    ("oliver.smith", "Oliver Smith", "GB", "GBP"),
    ("jake.miller", "Jake Miller", "US", "USD"),
    ("sofia.hernandez", "Sofía Hernández", "MX", "MXN"),
    ("priya.sharma", "Priya Sharma", "IN", "INR"),
    ("chloe.nguyen", "Chloe Nguyen", "AU", "AUD"),
]
BUYERS = [
    ("emma.johnson", "Emma Johnson", "US"),
    ("noah.brown", "Noah Brown", "CA"),
    ("sara.lind", "Sara Lind", "SE"),
    ("wang.fang", "Wang Fang", "CN"),
    ("lucas.dubois", "Lucas Dubois", "BE"),
]

# seller, title, category, condition, price (seller currency), hs, weight g, description
LISTINGS = [
    ("mei.tanaka", "Vintage Seiko 5 automatic watch (1978)", "watches", "good", "18500", "9102.21", 180,
     "Runs well, keeps about +15 s/day. Light scratches on the crystal, original bracelet. Serviced in 2024."),
    ("mei.tanaka", "Hand-dyed indigo tenugui towels, set of 3", "crafts", "new", "2400", "6302.60", 120,
     "Made by a small workshop in Tokushima. Cotton, 90 x 35 cm each, never used."),
    ("mei.tanaka", "Pokémon trading cards, 1999 Japanese base set lot", "collectibles", "good", "9800", "9504.40", 90,
     "42 cards including Charizard (played condition). Kept in a binder since 2000."),
    ("mei.tanaka", "Arita porcelain tea cups, pair", "home-decor", "like_new", "5600", "6911.10", 650,
     "Blue-and-white pattern, signed on the base. Displayed only, no chips or crazing."),
    ("mei.tanaka", "Nintendo Game Boy Color, teal", "electronics", "fair", "7200", "9504.50", 240,
     "Works; screen has a small scratch, battery cover replaced. Sold without games."),
    ("ana.silva", "Havaianas limited edition flip-flops, size 38", "footwear", "new", "89.90", "6402.20", 200,
     "Collector print from the 2019 Carnaval series, still with tags."),
    ("ana.silva", "Hand-woven Bahia straw bag", "bags", "new", "149.00", "4602.19", 380,
     "Woven by artisans in Salvador. Cotton lining, 40 x 30 cm."),
    ("ana.silva", "Bossa nova vinyl LP, 1963 first pressing", "collectibles", "good", "320.00", "8523.80", 260,
     "Plays with light surface noise, sleeve has ring wear. A real piece of history."),
    ("ana.silva", "Brazilian agate geode bookends", "home-decor", "like_new", "210.00", "7116.20", 1800,
     "Polished, natural colour, felt pads on the base."),
    ("ana.silva", "Cavaquinho with gig bag", "musical-instruments", "good", "480.00", "9202.90", 1300,
     "Solid spruce top, new strings, a small ding on the back (photo 2)."),
    ("lukas.weber", "Leica R 50 mm f/2 Summicron lens", "electronics", "good", "390.00", "9002.11", 290,
     "Clean glass, no haze or fungus, smooth focus. Caps included."),
    ("lukas.weber", "Steiff teddy bear, 1950s, button in ear", "toys", "fair", "260.00", "9503.00", 420,
     "Mohair worn on the paws, all seams sound. Smoke-free home."),
    ("lukas.weber", "Märklin H0 steam locomotive BR 01", "toys", "good", "145.00", "9503.00", 520,
     "Tested on analogue track, runs smoothly. Original box with shelf wear."),
    ("lukas.weber", "Loden wool jacket, size 50", "apparel", "like_new", "120.00", "6203.31", 1100,
     "Traditional Bavarian cut, horn buttons, worn twice."),
    ("lukas.weber", "First edition Michael Ende 'Momo' (1973)", "books", "good", "85.00", "4901.99", 480,
     "Thienemann first printing, dust jacket slightly faded on the spine."),
    ("camille.martin", "Hermès-style silk scarf, hand-rolled edges", "apparel", "like_new", "65.00", "6214.10", 80,
     "90 x 90 cm silk twill, no brand label; bought in a Lyon atelier."),
    ("camille.martin", "Longchamp Le Pliage tote, navy, large", "bags", "good", "55.00", "4202.92", 210,
     "Light marks inside, leather handles in good shape."),
    ("camille.martin", "Limoges porcelain trinket box", "collectibles", "like_new", "48.00", "6913.10", 150,
     "Hand-painted, hinged, stamped 'Peint main'."),
    ("camille.martin", "Vintage French linen sheet, monogrammed", "home-decor", "good", "70.00", "6302.39", 1400,
     "Heavy metis linen, embroidered 'AM', one small darn."),
    ("camille.martin", "Astérix albums 1–10, hardcover", "books", "good", "90.00", "4901.99", 3200,
     "French editions from the 1980s, read but complete and tight."),
    ("giulia.rossi", "Murano glass pendant necklace", "jewellery", "new", "45.00", "7117.90", 60,
     "Handmade on Murano, silver-plated chain 45 cm, gift box."),
    ("giulia.rossi", "Italian leather gloves, cashmere lined, size 7", "apparel", "new", "59.00", "4203.29", 110,
     "Lambskin, made in Napoli, with tags."),
    ("giulia.rossi", "Moka pot Bialetti Express, 6 cups, 1980s", "home-decor", "fair", "25.00", "7615.10", 520,
     "Old logo, new gasket fitted. Works perfectly, patina outside."),
    ("giulia.rossi", "Hand-painted ceramic plate from Deruta", "crafts", "new", "75.00", "6912.00", 900,
     "Raffaellesco pattern, 30 cm, signed by the painter."),
    ("giulia.rossi", "Ferragamo leather loafers, size 38.5", "footwear", "good", "140.00", "6403.99", 700,
     "Resoled once by a cobbler, uppers in excellent shape."),
    ("minjun.kim", "Korean celadon vase, Goryeo style", "crafts", "new", "180000", "6913.90", 1500,
     "Made in Icheon, crane inlay pattern, 28 cm, with a signed wooden box."),
    ("minjun.kim", "K-pop photocard album, 120 cards", "collectibles", "like_new", "65000", "4911.91", 600,
     "Sleeved cards from 2019–2023 releases, binder included."),
    ("minjun.kim", "Sulwhasoo First Care serum, 90 ml, sealed", "cosmetics", "new", "82000", "3304.99", 300,
     "Sealed box, expiry 2027-08. Gift I cannot use."),
    ("minjun.kim", "Mechanical keyboard, Korean layout, brown switches", "electronics", "like_new", "95000", "8471.60", 950,
     "Hot-swappable, PBT keycaps, USB-C. Used for one month."),
    ("minjun.kim", "Hanbok for children, age 4", "apparel", "like_new", "70000", "6209.20", 400,
     "Worn once for Seollal. Silk-feel polyester, hand wash."),
    ("li.wei", "Yixing zisha clay teapot, 200 ml", "crafts", "new", "380.00", "6912.00", 350,
     "Hand-made, maker's seal inside the lid, unused."),
    ("li.wei", "Hand-embroidered Suzhou silk fan", "art", "new", "260.00", "6702.90", 150,
     "Double-sided embroidery of a koi pond, rosewood frame."),
    ("li.wei", "Guzheng picks and tape set", "musical-instruments", "new", "45.00", "9209.94", 50,
     "Professional tortoiseshell-style picks, 4 sizes."),
    ("li.wei", "Vintage Forever bicycle bell and badge", "collectibles", "good", "120.00", "8714.99", 200,
     "Shanghai-made, 1970s, chrome with light pitting."),
    ("li.wei", "Xiaomi Mi Band 7, used", "electronics", "good", "120.00", "8517.62", 80,
     "Battery still lasts 10 days. Strap replaced, charger included."),
    ("oliver.smith", "Barbour Bedale waxed jacket, size 40", "apparel", "good", "110.00", "6201.30", 1600,
     "Re-waxed last winter, corduroy collar intact, one small repair."),
    ("oliver.smith", "Royal Doulton figurine 'Autumn Breezes'", "collectibles", "like_new", "45.00", "6913.10", 480,
     "HN1911, no chips or restoration."),
    ("oliver.smith", "Paddington first edition (1958), reprint jacket", "books", "fair", "420.00", "4901.99", 400,
     "Collins first edition, first impression; foxing to endpapers."),
    ("oliver.smith", "Dr. Martens 1460 boots, UK 9", "footwear", "good", "60.00", "6403.91", 1400,
     "Made in England line, broken in, plenty of tread left."),
    ("oliver.smith", "Hornby Flying Scotsman, OO gauge", "toys", "good", "75.00", "9503.00", 600,
     "Runs well, DCC ready, box included."),
    ("jake.miller", "Levi's 501 jeans, 1990s USA-made, W32 L32", "apparel", "good", "85.00", "6203.42", 700,
     "Faded naturally, no holes, small repair on the back pocket."),
    ("jake.miller", "Fender Stratocaster neck, maple", "musical-instruments", "good", "220.00", "9209.92", 450,
     "Mexican-made, 21 frets, straight truss rod, some fret wear."),
    ("jake.miller", "1986 Topps baseball card set", "collectibles", "good", "95.00", "4911.91", 1100,
     "Complete 792-card set in a binder, mostly near mint."),
    ("jake.miller", "Navajo-made sterling silver cuff", "jewellery", "good", "160.00", "7113.11", 70,
     "Signed by the maker, turquoise stone, gently worn."),
    ("jake.miller", "Polaroid SX-70 camera, tested", "electronics", "fair", "150.00", "9006.53", 700,
     "Takes photos (test shot included), leather skin has wear."),
    ("sofia.hernandez", "Talavera ceramic sun mask", "crafts", "new", "650.00", "6913.90", 1200,
     "Hand-painted in Puebla, 30 cm, ready to hang."),
    ("sofia.hernandez", "Embroidered Oaxacan blouse, size M", "apparel", "new", "780.00", "6206.30", 250,
     "Hand embroidered by artisans in San Antonino, cotton."),
    ("sofia.hernandez", "Silver earrings from Taxco", "jewellery", "new", "520.00", "7113.11", 30,
     ".925 silver, hallmarked, filigree design."),
    ("sofia.hernandez", "Lucha libre mask, signed", "collectibles", "good", "900.00", "6505.00", 150,
     "Worn in an exhibition match, signed inside."),
    ("sofia.hernandez", "Mexican hand-carved alebrije jaguar", "art", "new", "1150.00", "9703.90", 500,
     "Copal wood, painted by a family workshop in Oaxaca, 25 cm."),
    ("priya.sharma", "Banarasi silk saree, unworn", "apparel", "new", "9500", "5007.20", 800,
     "Pure silk with zari border, blouse piece included."),
    ("priya.sharma", "Brass Ganesh statue, 20 cm", "art", "like_new", "3200", "8306.29", 1600,
     "Hand-cast in Moradabad, lightly polished."),
    ("priya.sharma", "Sitar strings set and mizrab", "musical-instruments", "new", "1200", "9209.94", 60,
     "Full set of 20 strings plus three picks."),
    ("priya.sharma", "Kundan necklace and earrings set", "jewellery", "like_new", "4800", "7117.19", 120,
     "Worn at one wedding, comes in its velvet box."),
    ("priya.sharma", "Ayurvedic skincare gift set, sealed", "cosmetics", "new", "1800", "3304.99", 450,
     "Three sealed products, expiry 2027."),
    ("chloe.nguyen", "UGG Classic Short boots, size 8", "footwear", "like_new", "120.00", "6403.99", 900,
     "Genuine sheepskin, worn a handful of times."),
    ("chloe.nguyen", "Opal pendant, sterling silver", "jewellery", "new", "180.00", "7113.11", 40,
     "Australian boulder opal, 45 cm chain, certificate included."),
    ("chloe.nguyen", "R.M. Williams leather belt, 34", "apparel", "good", "60.00", "4203.30", 250,
     "Kangaroo leather, solid brass buckle, light wear."),
    ("chloe.nguyen", "Indigenous-designed tea towel set (licensed)", "home-decor", "new", "35.00", "6302.60", 200,
     "Licensed artwork, artist royalties paid, 100% cotton."),
    ("chloe.nguyen", "Vintage Bakelite radio, 1950s", "electronics", "for_parts", "90.00", "8527.92", 2600,
     "Does not power on; case is intact. Sold for parts or restoration."),
]

CATEGORY_STYLE = {
    "watches": ("#d9cbb0", "#8d7b5a", "circle"),
    "crafts": ("#e8d9c4", "#9c6b3c", "vase"),
    "collectibles": ("#d6dbe8", "#4a5b8c", "card"),
    "home-decor": ("#e5e1d8", "#7d7362", "vase"),
    "electronics": ("#d4d9dc", "#3c4a52", "box"),
    "footwear": ("#e6d8cf", "#7a4e3a", "shoe"),
    "bags": ("#ecdcc2", "#8a5a2b", "bag"),
    "musical-instruments": ("#e3d3bd", "#6b4420", "guitar"),
    "toys": ("#f0e0c8", "#b0632a", "circle"),
    "apparel": ("#dde3e6", "#3d5a6c", "shirt"),
    "books": ("#eadfcc", "#6e4b2a", "box"),
    "jewellery": ("#e2dde8", "#6a4f8a", "ring"),
    "cosmetics": ("#f1dfe3", "#a05070", "bottle"),
    "art": ("#e9e2d2", "#8b3a2e", "frame"),
}


# Item specifics the taxonomy requires to publish (resources/listing/categories.json), per listing title
# where they differ from the category default.
SPECIFICS_BY_TITLE = {
    "Loden wool jacket, size 50": {"department": "men", "size": "50"},
    "Hermès-style silk scarf, hand-rolled edges": {"department": "women", "size": "90 x 90 cm"},
    "Italian leather gloves, cashmere lined, size 7": {"department": "women", "size": "7"},
    "Hanbok for children, age 4": {"department": "girls", "size": "4 years"},
    "Barbour Bedale waxed jacket, size 40": {"department": "men", "size": "40"},
    "Levi's 501 jeans, 1990s USA-made, W32 L32": {"department": "men", "size": "W32 L32"},
    "Embroidered Oaxacan blouse, size M": {"department": "women", "size": "M"},
    "Banarasi silk saree, unworn": {"department": "women", "size": "5.5 m"},
    "R.M. Williams leather belt, 34": {"department": "men", "size": "34"},
    "Havaianas limited edition flip-flops, size 38": {"department": "women", "size_system": "EU", "size": "38"},
    "Ferragamo leather loafers, size 38.5": {"department": "women", "size_system": "EU", "size": "38.5"},
    "Dr. Martens 1460 boots, UK 9": {"department": "men", "size_system": "UK", "size": "9"},
    "UGG Classic Short boots, size 8": {"department": "women", "size_system": "US", "size": "8"},
    "Hand-woven Bahia straw bag": {"material": "straw, cotton lining"},
    "Longchamp Le Pliage tote, navy, large": {"material": "nylon canvas, leather handles"},
    "First edition Michael Ende 'Momo' (1973)": {"language": "German"},
    "Astérix albums 1–10, hardcover": {"language": "French"},
    "Paddington first edition (1958), reprint jacket": {"language": "English"},
    "Steiff teddy bear, 1950s, button in ear": {"age_range": "adult"},
    "Märklin H0 steam locomotive BR 01": {"age_range": "adult"},
    "Hornby Flying Scotsman, OO gauge": {"age_range": "13+"},
    "Murano glass pendant necklace": {"metal": "silver"},
    "Navajo-made sterling silver cuff": {"metal": "silver"},
    "Silver earrings from Taxco": {"metal": "silver"},
    "Kundan necklace and earrings set": {"metal": "base_metal"},
    "Opal pendant, sterling silver": {"metal": "silver"},
    "Vintage Seiko 5 automatic watch (1978)": {"movement": "automatic"},
    "Xiaomi Mi Band 7, used": {"battery": "li_ion_in_equipment"},
    "Mechanical keyboard, Korean layout, brown switches": {"battery": "none"},
    "Nintendo Game Boy Color, teal": {"battery": "none"},
    "Polaroid SX-70 camera, tested": {"battery": "none"},
    "Vintage Bakelite radio, 1950s": {"battery": "none"},
    "Leica R 50 mm f/2 Summicron lens": {"battery": "none"},
    "Sulwhasoo First Care serum, 90 ml, sealed": {"sealed": "yes"},
    "Ayurvedic skincare gift set, sealed": {"sealed": "yes"},
    "Hand-dyed indigo tenugui towels, set of 3": {"materials": "cotton, natural indigo"},
    "Hand-painted ceramic plate from Deruta": {"materials": "majolica ceramic"},
    "Korean celadon vase, Goryeo style": {"materials": "celadon stoneware"},
    "Yixing zisha clay teapot, 200 ml": {"materials": "zisha clay"},
    "Talavera ceramic sun mask": {"materials": "Talavera ceramic"},
    "Hand-embroidered Suzhou silk fan": {"artist": "Suzhou embroidery workshop", "edition": "original"},
    "Mexican hand-carved alebrije jaguar": {"artist": "Jacobo and María Ángeles workshop", "edition": "original"},
    "Brass Ganesh statue, 20 cm": {"artist": "Moradabad foundry", "edition": "reproduction"},
}


def packed_dims_mm(weight_g):
    """A plausible packed box for the weight: small packets for light items, larger boxes for heavy ones."""
    if weight_g <= 150:
        return [220, 160, 40]
    if weight_g <= 500:
        return [300, 220, 90]
    if weight_g <= 1200:
        return [380, 280, 140]
    if weight_g <= 2000:
        return [450, 350, 200]
    return [550, 400, 300]


def services_for(weight_g):
    """Registered post for light parcels, EMS and express for every parcel (sample services)."""
    light = ["sample-post-registered"] if weight_g <= 2000 else []
    return light + ["sample-ems", "sample-express"]


def shape_draw(kind, ink):
    """ImageMagick -draw primitives for a simple object silhouette on an 800x800 canvas."""
    shapes = {
        "circle": f"fill {ink} circle 400,360 400,200",
        "vase": f"fill {ink} ellipse 400,420 150,190 0,360 rectangle 350,170 450,260",
        "card": f"fill {ink} roundrectangle 270,150 530,560 18,18",
        "box": f"fill {ink} rectangle 240,200 560,540",
        "shoe": f"fill {ink} roundrectangle 190,380 620,500 60,60 roundrectangle 190,260 380,500 50,50",
        "bag": f"fill {ink} roundrectangle 220,280 580,560 30,30 stroke {ink} stroke-width 18 fill none arc 300,170 500,380 180,360",
        "guitar": f"fill {ink} ellipse 400,470 140,120 0,360 ellipse 400,320 100,90 0,360 rectangle 385,100 415,260",
        "shirt": f"fill {ink} polygon 280,180 340,160 400,200 460,160 520,180 600,280 540,320 520,290 520,560 280,560 280,290 260,320 200,280",
        "ring": f"stroke {ink} stroke-width 28 fill none circle 400,400 400,270 fill {ink} stroke none circle 400,250 400,210",
        "bottle": f"fill {ink} roundrectangle 320,250 480,580 30,30 rectangle 365,170 435,250",
        "frame": f"fill {ink} rectangle 220,160 580,560 fill #f4efe6 rectangle 260,200 540,520",
    }
    return shapes[kind]


def make_photo(path, title, category, variant):
    bg, ink, kind = CATEGORY_STYLE[category]
    light = "#fbf8f2" if variant == 0 else "#f2efe8"
    cmd = [
        "convert", "-size", "800x800", f"radial-gradient:{light}-{bg}",
        "-fill", "#00000022", "-draw", "ellipse 400,640 230,28 0,360",
        "-draw", shape_draw(kind, ink),
    ]
    if variant == 1:
        cmd += ["-distort", "SRT", "1.35 8", "-gravity", "center", "-crop", "800x800+0+0", "+repage"]
    label = title if len(title) <= 34 else title[:33] + "…"
    cmd += [
        "-fill", "#fffdf8", "-stroke", "#c9bfae", "-draw", "roundrectangle 60,680 740,760 12,12",
        "-stroke", "none", "-fill", "#2b2b2b", "-font", "DejaVu-Sans", "-pointsize", "30",
        "-gravity", "south", "-annotate", "+0+58", label,
        "-quality", "82", "-sampling-factor", "4:2:0", "-strip", f"jpeg:{path}",
    ]
    subprocess.run(cmd, check=True)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    photos = os.path.join(root, "photos")
    os.makedirs(photos, exist_ok=True)
    users = []
    for handle, name, country, _ in SELLERS:
        users.append({"email": f"{handle}@demo.caravan", "display_name": name, "country": country,
                      "roles": ["seller", "buyer"]})
    for handle, name, country in BUYERS:
        users.append({"email": f"{handle}@demo.caravan", "display_name": name, "country": country,
                      "roles": ["buyer"]})
    users.append({"email": "support@demo.caravan", "display_name": "Caravan Support", "country": "NL",
                  "roles": ["staff"]})
    seller_info = {h: (c, cur) for h, _, c, cur in SELLERS}
    listings = []
    for seller, title, category, condition, price, hs, weight, description in LISTINGS:
        country, currency = seller_info[seller]
        lid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"caravan-demo:{seller}:{title}"))
        files = []
        for variant in (0, 1):
            name = f"{hashlib.sha1(lid.encode()).hexdigest()[:12]}-{variant + 1}.jpg"
            make_photo(os.path.join(photos, name), title, category, variant)
            files.append(f"demo/photos/{name}")
        listings.append({
            "id": lid, "seller": f"{seller}@demo.caravan", "title": title, "description": description,
            "category": category, "condition": condition, "price": price, "currency": currency,
            "quantity": 1, "ships_from": country, "origin": country, "hs_code": hs, "weight_g": weight,
            "dims_mm": packed_dims_mm(weight), "handling_days": 2 if condition == "new" else 3,
            "services": services_for(weight), "destinations": {"mode": "all", "countries": []},
            "accepts_offers": condition in ("good", "fair", "for_parts"),
            "specifics": SPECIFICS_BY_TITLE.get(title, {}), "photos": files,
        })
    doc = {"comment": "Demo data for caravan-server --demo and caravan-cli demo seed. "
                      "Regenerate with resources/demo/tools/generate.py.",
           "password": PASSWORD, "users": users, "listings": listings}
    with open(os.path.join(root, "demo.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(users)} users, {len(listings)} listings, {2 * len(listings)} photos")


if __name__ == "__main__":
    main()

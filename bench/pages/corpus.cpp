#include "corpus.h"

#include <algorithm>
#include <array>
#include <vector>

namespace caravan::bench {

namespace {

using Words = std::vector<const char *>;

// One language's vocabulary. `lead` is the first sentence with slots {adj} {noun} {material} {colour};
// `origin` has {place} and {year}; `plain` are sentences a seller adds as they are.
struct Vocabulary
{
    Words adjectives, nouns, materials, colours, places;
    const char *title; // with the same slots as `lead`
    const char *lead;
    const char *origin;
    Words plain;
    const char *commonSentence; // holds kCommonWord
    const char *separator;      // between sentences
    Words firstNames, lastNames;
};

const Vocabulary kEnglish{
    {"handmade", "antique", "rare", "classic", "original", "retro", "hand-painted", "signed", "limited",
     "mid-century", "art deco", "small", "large", "japanese", "french", "old"},
    {"tea bowl", "vase", "teapot", "jacket", "silk scarf", "wristwatch", "film camera", "lens", "acoustic guitar",
     "necklace", "ring", "first edition", "porcelain doll", "figure", "poster", "woodblock print", "table lamp",
     "wall clock", "handbag", "leather wallet", "boots", "kimono", "vinyl record", "radio", "fountain pen",
     "brooch", "quilt", "music box"},
    {"stoneware", "porcelain", "silk", "leather", "brass", "silver", "oak", "cotton", "wool", "glass", "walnut",
     "bamboo"},
    {"blue", "red", "green", "black", "white", "ivory", "indigo", "amber", "olive", "burgundy"},
    {"Kyoto", "Paris", "Berlin", "Lisbon", "Mexico City", "Seoul", "London", "Melbourne", "Boston", "Mumbai"},
    "{Adj} {colour} {material} {noun}",
    "{Adj} {noun} in {colour} {material}.",
    "Bought in {place} around {year} and kept in a smoke-free home.",
    {"Light signs of use, please see the photos for details.", "Ships carefully packed, usually within two days.",
     "Measurements on request; ask me anything before you buy.",
     "From my grandmother's collection, cleaned and checked.", "Works perfectly, tested before listing.",
     "The colour may look slightly different on your screen.", "No chips, no cracks, no repairs.",
     "Comes with the original box and papers."},
    "A genuine vintage piece with a lovely patina.",
    " ",
    {"Emma", "Oliver", "Grace", "Jack", "Sophie", "Liam", "Chloe", "Noah", "Olivia", "James", "Priya", "Arjun"},
    {"Johnson", "Smith", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Patel", "Nguyen", "Kelly"}};

const Vocabulary kGerman{
    {"handgefertigte", "antike", "seltene", "klassische", "originale", "retro", "handbemalte", "signierte",
     "limitierte", "alte", "kleine", "große"},
    {"Teeschale", "Vase", "Teekanne", "Jacke", "Seidentuch", "Armbanduhr", "Filmkamera", "Objektiv", "Gitarre",
     "Halskette", "Ring", "Erstausgabe", "Porzellanpuppe", "Figur", "Plakat", "Holzschnitt", "Tischlampe",
     "Wanduhr", "Handtasche", "Geldbörse", "Stiefel", "Kimono", "Schallplatte", "Radio", "Füllfederhalter",
     "Brosche", "Steppdecke", "Spieluhr"},
    {"Steinzeug", "Porzellan", "Seide", "Leder", "Messing", "Silber", "Eiche", "Baumwolle", "Wolle", "Glas",
     "Nussbaum", "Bambus"},
    {"blau", "rot", "grün", "schwarz", "weiß", "elfenbein", "indigo", "bernstein", "oliv", "bordeaux"},
    {"Kyoto", "Paris", "Berlin", "Wien", "München", "Hamburg", "Zürich", "Leipzig", "Köln", "Dresden"},
    "{Adj} {noun} aus {material}, {colour}",
    "{Adj} {noun} aus {material} in {colour}.",
    "Gekauft in {place} um {year}, aus einem Nichtraucherhaushalt.",
    {"Leichte Gebrauchsspuren, bitte die Fotos beachten.",
     "Wird sorgfältig verpackt und meist innerhalb von zwei Tagen verschickt.",
     "Maße auf Anfrage, bei Fragen gerne melden.", "Aus der Sammlung meiner Großmutter, gereinigt und geprüft.",
     "Funktioniert einwandfrei, vor dem Einstellen getestet.",
     "Die Farbe kann am Bildschirm leicht abweichen.", "Keine Abplatzer, keine Risse, keine Reparaturen.",
     "Mit Originalverpackung und Papieren."},
    "Ein echtes Vintage Stück mit schöner Patina.",
    " ",
    {"Lukas", "Anna", "Jonas", "Lena", "Felix", "Marie", "Paul", "Sophie", "Leon", "Hannah"},
    {"Weber", "Müller", "Schmidt", "Fischer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter"}};

const Vocabulary kFrench{
    {"artisanal", "ancien", "rare", "classique", "original", "rétro", "peint à la main", "signé", "limité",
     "petit", "grand", "japonais"},
    {"bol à thé", "vase", "théière", "veste", "foulard en soie", "montre", "appareil photo argentique",
     "objectif", "guitare", "collier", "bague", "édition originale", "poupée", "figurine", "affiche", "estampe",
     "lampe", "horloge murale", "sac à main", "portefeuille", "bottes", "kimono", "disque vinyle", "radio",
     "stylo plume", "broche", "courtepointe", "boîte à musique"},
    {"grès", "porcelaine", "soie", "cuir", "laiton", "argent", "chêne", "coton", "laine", "verre", "noyer",
     "bambou"},
    {"bleu", "rouge", "vert", "noir", "blanc", "ivoire", "indigo", "ambre", "olive", "bordeaux"},
    {"Kyoto", "Paris", "Lyon", "Marseille", "Bordeaux", "Nantes", "Lille", "Bruxelles", "Genève", "Montréal"},
    "{Noun} {adj} en {material} {colour}",
    "{Noun} {adj} en {material}, couleur {colour}.",
    "Acheté à {place} vers {year}, maison non-fumeur.",
    {"Légères traces d'usage, voir les photos.", "Envoi soigné, généralement sous deux jours.",
     "Dimensions sur demande, n'hésitez pas à poser vos questions.",
     "De la collection de ma grand-mère, nettoyé et vérifié.",
     "Fonctionne parfaitement, testé avant la mise en vente.",
     "La couleur peut varier légèrement selon l'écran.", "Aucun éclat, aucune fêlure, aucune restauration.",
     "Livré avec la boîte et les papiers d'origine."},
    "Une vraie pièce vintage avec une belle patine.",
    " ",
    {"Camille", "Louis", "Léa", "Hugo", "Chloé", "Jules", "Manon", "Arthur", "Inès", "Lucas"},
    {"Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Garnier"}};

const Vocabulary kSpanish{
    {"artesanal", "antiguo", "raro", "clásico", "original", "retro", "pintado a mano", "firmado", "limitado",
     "pequeño", "grande", "japonés"},
    {"cuenco de té", "jarrón", "tetera", "chaqueta", "pañuelo de seda", "reloj de pulsera", "cámara analógica",
     "objetivo", "guitarra", "collar", "anillo", "primera edición", "muñeca", "figura", "cartel", "grabado",
     "lámpara", "reloj de pared", "bolso", "cartera", "botas", "kimono", "disco de vinilo", "radio",
     "pluma estilográfica", "broche", "colcha", "caja de música"},
    {"gres", "porcelana", "seda", "cuero", "latón", "plata", "roble", "algodón", "lana", "vidrio", "nogal",
     "bambú"},
    {"azul", "rojo", "verde", "negro", "blanco", "marfil", "índigo", "ámbar", "oliva", "burdeos"},
    {"Kioto", "Madrid", "Barcelona", "Sevilla", "Valencia", "Ciudad de México", "Guadalajara", "Oaxaca",
     "Buenos Aires", "Bogotá"},
    "{Noun} {adj} de {material} {colour}",
    "{Noun} {adj} de {material}, color {colour}.",
    "Comprado en {place} hacia {year}, hogar sin humo.",
    {"Ligeras señales de uso, ver las fotos.", "Se envía bien embalado, normalmente en dos días.",
     "Medidas a petición, pregunte sin compromiso.", "De la colección de mi abuela, limpio y revisado.",
     "Funciona perfectamente, probado antes de publicar.",
     "El color puede variar ligeramente según la pantalla.", "Sin desconchones, sin grietas, sin reparaciones.",
     "Incluye la caja y los papeles originales."},
    "Una auténtica pieza vintage con una bonita pátina.",
    " ",
    {"Sofía", "Mateo", "Valentina", "Santiago", "Lucía", "Diego", "Camila", "Javier", "María", "Carlos"},
    {"García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Torres"}};

const Vocabulary kChinese{
    {"手工", "古董", "稀有", "经典", "原装", "复古", "手绘", "签名", "限量", "老式", "小号", "大号"},
    {"茶碗", "花瓶", "茶壶", "外套", "丝巾", "手表", "胶片相机", "镜头", "吉他", "项链", "戒指", "初版书", "瓷娃娃",
     "手办", "海报", "木版画", "台灯", "挂钟", "手提包", "皮夹", "靴子", "和服", "黑胶唱片", "收音机", "钢笔", "胸针",
     "被子", "音乐盒"},
    {"粗陶", "瓷", "真丝", "皮革", "黄铜", "银", "橡木", "棉", "羊毛", "玻璃", "胡桃木", "竹"},
    {"蓝色", "红色", "绿色", "黑色", "白色", "象牙色", "靛蓝", "琥珀色", "橄榄色", "酒红色"},
    {"景德镇", "上海", "北京", "杭州", "苏州", "成都", "广州", "西安", "南京", "厦门"},
    "{adj}{colour}{material}{noun}",
    "{adj}{colour}{material}{noun}。",
    "约{year}年在{place}购买，无烟家庭。",
    {"有轻微使用痕迹，详见照片。", "仔细包装，通常两天内发货。", "尺寸可询问，有问题欢迎留言。", "来自祖母的收藏，已清洁检查。",
     "功能完好，上架前已测试。", "屏幕显示颜色可能略有差异。", "无磕碰，无裂纹，无修复。", "附原盒和证书。"},
    "Vintage 复古老件，包浆自然。",
    "",
    {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军"},
    {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"}};

const Vocabulary kJapanese{
    {"手作り", "アンティーク", "希少", "クラシック", "純正", "レトロ", "手描き", "サイン入り", "限定", "昭和",
     "小ぶり", "大ぶり"},
    {"茶碗", "花瓶", "急須", "ジャケット", "シルクスカーフ", "腕時計", "フィルムカメラ", "レンズ", "ギター", "ネックレス",
     "指輪", "初版本", "人形", "フィギュア", "ポスター", "木版画", "テーブルランプ", "掛け時計", "ハンドバッグ", "財布",
     "ブーツ", "着物", "レコード", "ラジオ", "万年筆", "ブローチ", "キルト", "オルゴール"},
    {"陶器", "磁器", "正絹", "本革", "真鍮", "銀", "オーク", "木綿", "ウール", "ガラス", "胡桃", "竹"},
    {"藍色", "朱色", "緑", "黒", "白", "生成り", "群青", "琥珀色", "鶯色", "臙脂"},
    {"京都", "東京", "大阪", "金沢", "奈良", "名古屋", "福岡", "札幌", "神戸", "松本"},
    "{adj}{colour}{material}の{noun}",
    "{adj}{colour}の{material}{noun}です。",
    "{year}年頃に{place}で購入、禁煙環境で保管していました。",
    {"多少の使用感があります。写真をご確認ください。", "丁寧に梱包し、通常2日以内に発送します。", "サイズはお問い合わせください。",
     "祖母のコレクションより、クリーニング・点検済みです。", "動作確認済みです。", "画面により色味が多少異なる場合があります。",
     "欠け・ヒビ・直しはありません。", "元箱と書類が付属します。"},
    "Vintage ヴィンテージ品です。味わいのある風合いです。",
    "",
    {"美咲", "翔太", "陽菜", "蓮", "結衣", "大翔", "さくら", "悠真", "葵", "健"},
    {"田中", "佐藤", "鈴木", "高橋", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"}};

const Vocabulary &vocabulary(Language l)
{
    switch (l) {
    case Language::German:
        return kGerman;
    case Language::French:
        return kFrench;
    case Language::Spanish:
        return kSpanish;
    case Language::Chinese:
        return kChinese;
    case Language::Japanese:
        return kJapanese;
    case Language::English:
        break;
    }
    return kEnglish;
}

const char *pick(const Words &w, std::mt19937_64 &rng)
{
    return w[rng() % w.size()];
}

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = char(s[0] - 'a' + 'A');
    return s;
}

// Fills the slots of `pattern`; {Adj} and {Noun} are capitalised.
std::string fill(const char *pattern, const std::array<std::string, 6> &slots)
{
    static const std::array<const char *, 6> names = {"adj", "noun", "material", "colour", "place", "year"};
    std::string out;
    for (const char *p = pattern; *p;) {
        if (*p != '{') {
            out += *p++;
            continue;
        }
        const char *end = p;
        while (*end && *end != '}')
            ++end;
        std::string name(p + 1, end);
        const bool upper = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
        if (upper)
            name[0] = char(name[0] - 'A' + 'a');
        for (std::size_t i = 0; i < names.size(); ++i)
            if (name == names[i])
                out += upper ? capitalised(slots[i]) : slots[i];
        p = *end ? end + 1 : end;
    }
    return out;
}

} // namespace

Language languageOf(const std::string &country)
{
    if (country == "DE" || country == "AT" || country == "CH")
        return Language::German;
    if (country == "FR" || country == "BE")
        return Language::French;
    if (country == "ES" || country == "MX" || country == "AR")
        return Language::Spanish;
    if (country == "CN" || country == "TW")
        return Language::Chinese;
    if (country == "JP")
        return Language::Japanese;
    return Language::English;
}

ListingText listingText(Language language, bool common, bool rare, std::mt19937_64 &rng)
{
    const auto &v = vocabulary(language);
    const std::array<std::string, 6> slots = {pick(v.adjectives, rng), pick(v.nouns, rng),  pick(v.materials, rng),
                                              pick(v.colours, rng),    pick(v.places, rng), std::to_string(1950 + rng() % 70)};
    ListingText t;
    t.title = fill(v.title, slots);
    const bool commonInTitle = common && rng() % 2 == 0;
    if (commonInTitle)
        t.title = "Vintage " + t.title;
    if (rng() % 3 == 0)
        t.title += language == Language::Chinese || language == Language::Japanese ? "（" + slots[5] + "）"
                                                                                  : " (" + slots[5] + ")";

    std::vector<std::string> sentences{fill(v.lead, slots)};
    if (rng() % 2 == 0)
        sentences.push_back(fill(v.origin, slots));
    std::vector<const char *> plain = v.plain;
    std::shuffle(plain.begin(), plain.end(), rng);
    const auto extra = 2 + rng() % 4;
    for (std::size_t i = 0; i < extra; ++i)
        sentences.emplace_back(plain[i]);
    if (common && !commonInTitle)
        sentences.insert(sentences.begin() + 1, v.commonSentence);
    if (rare)
        sentences.push_back(std::string("Stone: ") + kRareWord + ".");
    for (const auto &s : sentences)
        t.description += (t.description.empty() ? "" : v.separator) + s;
    return t;
}

std::string personName(Language language, std::mt19937_64 &rng)
{
    const auto &v = vocabulary(language);
    const std::string first = pick(v.firstNames, rng), last = pick(v.lastNames, rng);
    if (language == Language::Chinese || language == Language::Japanese)
        return last + first;
    return first + " " + last.substr(0, 1) + ".";
}

} // namespace caravan::bench

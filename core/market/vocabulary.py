"""The words panels use, English, Persian (and the Uzbek and Russian seen on real panels).

Each table maps a folded word or phrase (see `reading.fold`: lower case, NFKC, Persian digits and
letters folded, no zero-width non-joiner, apostrophes dropped) to what it says. Phrases are two
or three words joined by one space. A word that means two things on different panels is left
out rather than guessed (`us`, `in`, `it`, `id` are English words or service numbers).
"""

from __future__ import annotations

from core.market.countries import COUNTRY_NAMES, COUNTRY_SPELLINGS
from core.market.offers import Delivered, Platform, Target, Trait


def _words(table: dict[str, object], value: object, words: str) -> None:
    """Map every word of `words` (separated by "|") to `value`."""
    for word in words.split("|"):
        table[word.strip()] = value


PLATFORMS: dict[str, Platform] = {}
for _platform, _spellings in (
    (
        Platform.INSTAGRAM,
        "instagram|insta|ig|instgram|instagarm|nstagram|инстаграм|اینستاگرام|اینستا",
    ),
    (Platform.TIKTOK, "tiktok|tik tok|tiktoks|тикток|تیک تاک|تیکتاک"),
    (Platform.YOUTUBE, "youtube|you tube|yt|ytvideo|ютуб|یوتیوب|یوتوب"),
    (Platform.TELEGRAM, "telegram|tg|телеграм|تلگرام"),
    (Platform.FACEBOOK, "facebook|fb|фейсбук|فیسبوک|فیس بوک"),
    (Platform.TWITTER, "twitter|tweet|tweets|retweet|retweets|твиттер|توییتر|توئیتر|تویتر"),
    (Platform.SPOTIFY, "spotify|اسپاتیفای"),
    (Platform.THREADS, "threads|تردز"),
    (Platform.TWITCH, "twitch|твитч"),
    (Platform.DISCORD, "discord|دیسکورد"),
    (Platform.SOUNDCLOUD, "soundcloud|sound cloud"),
    (Platform.LINKEDIN, "linkedin|لینکدین"),
    (Platform.WHATSAPP, "whatsapp|واتساپ|واتس اپ"),
    (Platform.SNAPCHAT, "snapchat|اسنپ چت"),
    (Platform.PINTEREST, "pinterest"),
    (Platform.REDDIT, "reddit"),
    (Platform.KICK, "kick"),
    (Platform.VK, "vk|vkontakte|вк"),
    (Platform.RUMBLE, "rumble"),
    (Platform.APPLE_MUSIC, "apple music|itunes"),
    (Platform.DEEZER, "deezer"),
    (Platform.AUDIOMACK, "audiomack"),
    (Platform.SHAZAM, "shazam"),
    (Platform.BOOMPLAY, "boomplay"),
    (Platform.KWAI, "kwai"),
    (Platform.LIKEE, "likee"),
    (Platform.QUORA, "quora"),
    (Platform.TRUSTPILOT, "trustpilot"),
    (Platform.CLUBHOUSE, "clubhouse"),
    # "Google" alone is mostly a traffic source or an ad network ("Google Ads views").
    (Platform.GOOGLE, "google maps|google business|google my business|google reviews"),
    (Platform.ROBLOX, "roblox"),
    (Platform.TUMBLR, "tumblr"),
    (Platform.ODNOKLASSNIKI, "одноклассники|odnoklassniki|ok ru"),
    (Platform.RUTUBE, "rutube"),
    (Platform.VIMEO, "vimeo"),
    (Platform.DAILYMOTION, "dailymotion"),
    (Platform.TIDAL, "tidal"),
    (Platform.BLUESKY, "bluesky"),
    (Platform.TROVO, "trovo"),
    (Platform.SHOPEE, "shopee"),
    (Platform.BIGO, "bigo"),
    (Platform.GITHUB, "github"),
    (Platform.MIXCLOUD, "mixcloud"),
    (Platform.DZEN, "dzen|yandex zen|zen|дзен"),
    (Platform.RUBIKA, "rubika|روبیکا"),
    (Platform.EITAA, "eitaa|ایتا"),
    (Platform.APARAT, "aparat|آپارات"),
):
    _words(PLATFORMS, _platform, _spellings)

DELIVERED: dict[str, Delivered] = {}
for _delivered, _spellings in (
    (
        Delivered.FOLLOWERS,
        "followers|follower|follows|follow|فالوور|فالوئر|فالور|فالووئر|فالوير|فالو|takipçi",
    ),
    (Delivered.LIKES, "likes|like|لایک|yoqtirishlar|yoqtirish|лайки|лайк|автолайки|hearts"),
    (Delivered.DISLIKES, "dislikes|dislike|دیس لایک|دیسلایک|автодизлайки"),
    (
        Delivered.VIEWS,
        "views|view|viewers|viewer|بازدید|ویو|ویوو|سین|korishlar|korishlari|koʻrishlar|"
        "просмотры|просмотров|автопросмотры|зрители|tomoshabinlar|tomoshabinlari|tomoshabin",
    ),
    (
        Delivered.COMMENTS,
        "comments|comment|کامنت|کامنتها|izohlar|izoh|комментарии|автокомментарии|"
        "komentar|komen|comentari|costum comments|replies|reply|sharhlar",
    ),
    (Delivered.MEMBERS, "members|member|ممبر|عضو|участники|вступившие|joins"),
    (
        Delivered.SUBSCRIBERS,
        "subscribers|subscriber|subs|سابسکرایبر|سابسکرایب|ساب|obunachi|obunachilar|"
        "obuna|obunalar|подписчики|подписчиков",
    ),
    (Delivered.SHARES, "shares|share|اشتراک گذاری|اشتراکگذاری|شیر|ulashishlar|ulashish"),
    (Delivered.SAVES, "saves|save|saved|سیو|ذخیره|saqlashlar|saqlash|сохранения"),
    (
        Delivered.REACTIONS,
        "reactions|reaction|react|reacts|emotion|emotions|ری اکشن|ریاکشن|واکنش|reaksiya|"
        "reaktsiya|reksiya|emotsiya",
    ),
    (Delivered.VOTES, "votes|vote|upvotes|upvote|ovoz|голоса|رای"),
    (
        Delivered.PLAYS,
        "plays|play|streams|پلی|listens|прослушивания|прослушиваний",
    ),
    (Delivered.IMPRESSIONS, "impressions|impression|reach|ایمپرشن|ریچ|охватом"),
    (Delivered.WATCH_TIME, "watch time|watchtime|watch hours|ساعت تماشا"),
    (Delivered.REPOSTS, "retweets|retweet|reposts|repost|ریتوییت|репосты|репост|авторепосты"),
    (Delivered.MENTIONS, "mentions|mention|منشن"),
    (
        Delivered.VISITS,
        "visits|visit|visitors|visitor|traffic|трафик|посетители|посещения",
    ),
    (Delivered.LISTENERS, "listeners|слушатели"),
    (Delivered.REVIEWS, "reviews|review|ریویو"),
    (Delivered.FRIENDS, "friends|friend|друзья"),
    (Delivered.CONNECTIONS, "connections|connection"),
    (Delivered.DOWNLOADS, "downloads|download|installs|install"),
    (Delivered.ENGAGEMENT, "engagement|engagements"),
):
    _words(DELIVERED, _delivered, _spellings)

TARGETS: dict[str, Target] = {}
for _target, _spellings in (
    (
        Target.POST,
        "post|posts|photo|photos|picture|community|community post|پست|پستها|postga|postlarga|"
        "пост|постов",
    ),
    (Target.REEL, "reel|reels|ریلز|ریل"),
    (Target.STORY, "story|stories|استوری|hikoyalarga|hikoya|istorya|историю"),
    (Target.VIDEO, "video|videos|clip|clips|ویدیو|ویدئو|видео|ролика"),
    (Target.IGTV, "igtv|tv"),
    (Target.SHORT, "short|shorts|شورتز|شورت"),
    (
        Target.LIVE,
        "live|livestream|live stream|live streaming|concurrent|room|rooms|لایو|زنده|efir|"
        "efirga|efer|эфир|стрим",
    ),
    (Target.CHANNEL, "channel|channels|کانال|kanal|kanalga|канал"),
    (Target.GROUP, "group|groups|club|clubs|گروه|guruh|группу|группы"),
    (
        Target.ACCOUNT,
        "page|pages|profile|artist|پروفایل|پیج|пейдж|страницу|страницы|профиль|профиля",
    ),
    (Target.TRACK, "track|tracks|song|трека"),
    (Target.PLAYLIST, "playlist|playlists|плейлиста|плейлист"),
    (Target.ALBUM, "album|альбома"),
    (Target.SPACE, "space|spaces"),
    (Target.TWEET, "tweet|tweets"),
    (Target.POLL, "poll|опрос|نظرسنجی|sorovnomaga"),
    (Target.WEBSITE, "website|site|сайт|سایت|traffic|трафик"),
):
    _words(TARGETS, _target, _spellings)

#: Two-word phrases that name one delivered thing on one target (checked before single words).
TARGETED: dict[str, tuple[Delivered, Target]] = {}
for _pair, _spellings in (
    (
        (Delivered.LIKES, Target.COMMENT),
        "comment likes|comments likes|comment like|لایک کامنت|likes on comment|"
        "likes on comments|likes for comment|likes for comments|likes to comment",
    ),
    ((Delivered.DISLIKES, Target.COMMENT), "comment dislikes"),
    ((Delivered.VOTES, Target.COMMENT), "comment upvotes|comment votes"),
    ((Delivered.REACTIONS, Target.COMMENT), "comment reactions|comment reaction|comment react"),
    (
        (Delivered.COMMENTS, Target.COMMENT),
        "comment replies|comment reply|comment replys|comments replies|reply to comment|"
        "replies to comments|ответы на комментарии",
    ),
    ((Delivered.VISITS, Target.ACCOUNT), "profile visits|profile visit|profile views"),
    ((Delivered.VOTES, Target.POLL), "poll votes|poll vote"),
):
    _words(TARGETED, _pair, _spellings)

#: Words that stand for a whole offer when a name says nothing else (Telegram "starts" on bots).
AUDIENCE_NAMES: dict[str, str] = {
    "worldwide": "Worldwide",
    "foreign": "Foreign (not Iranian)",
    "arab": "Arab countries",
    "europe": "Europe",
    "latam": "Latin America",
    "asia": "Asia",
    "africa": "Africa",
    "scandinavia": "Scandinavia",
    "middle_east": "Middle East",
}

#: Folded word or phrase -> audience code. Countries by ISO 3166 alpha-2 (lower case).
AUDIENCES: dict[str, str] = {}
for _code, _name, _spellings in (
    ("worldwide", None, "worldwide|world wide|ww|global|international|جهانی|всемирный"),
    ("foreign", None, "خارجی|خارجي"),
    ("arab", None, "arab|arabic|arabian|عرب|عربی|عربي"),
    ("europe", None, "europe|european|eu|اروپا|اروپایی"),
    ("latam", None, "latam|latin america|latin|south america"),
    ("asia", None, "asia|asian|آسیا"),
    ("africa", None, "africa|african|آفریقا"),
    ("scandinavia", None, "scandinavia|scandinavian"),
    ("middle_east", None, "middle east|خاورمیانه"),
    # Countries also under the names Persian, Russian and Uzbek panels use (all countries'
    # English names come from `countries.py`).
    ("ir", None, "ایران|ایرانی|ایراني|فارسی|иран"),
    ("us", None, "امریکا|آمریکا|آمریکایی|сша|aqsh"),
    ("gb", None, "انگلیس|великобритания"),
    ("tr", None, "ترکیه|ترک|ترکی|turkiya"),
    ("in", None, "هند|هندی|hindiston|hindcha"),
    ("br", None, "برزیل"),
    ("ru", None, "россия|русские|روسیه|روس|rossiya"),
    ("de", None, "آلمان|германия"),
    ("fr", None, "فرانسه"),
    ("it", None, "ایتالیا|italya"),
    ("es", None, "اسپانیا"),
    ("jp", None, "ژاپن"),
    ("cn", None, "xitoy"),
    ("eg", None, "مصر"),
    ("sa", None, "عربستان"),
    ("ae", None, "امارات"),
    ("iq", None, "عراق"),
    ("af", None, "افغانستان|افغان"),
    ("az", None, "آذربایجان"),
    ("uz", None, "ozbekiston|oʻzbekiston|ozbek"),
    ("ca", None, "канада"),
    ("ua", None, "ukraina"),
):
    if _name is not None:
        AUDIENCE_NAMES[_code] = _name
    _words(AUDIENCES, _code, _spellings)
AUDIENCE_NAMES.update(COUNTRY_NAMES)
for _spelling, _code in COUNTRY_SPELLINGS.items():
    AUDIENCES.setdefault(_spelling, _code)

#: Regional-indicator flags (🇮🇷) are read as the country they show: see `reading.fold`.

TRAITS: dict[str, Trait] = {}
for _trait, _spellings in (
    (Trait.NON_DROP, "non drop|nondrop|no drop|non-drop|zero drop|بدون ریزش|yoqotishlarsiz"),
    (Trait.REAL, "real|واقعی|haqiqiy|живые|реальные|organic|human|humans"),
    (Trait.HIGH_QUALITY, "hq|uhq|high quality|باکیفیت|elite|vip"),
    (Trait.PREMIUM, "premium|premum|پرمیوم|премиум"),
    (Trait.LOW_QUALITY, "lq|low quality|bots|bot accounts|فیک"),
    (Trait.INSTANT, "instant|superinstant|فوری|آنی|tezkor|teskor"),
    (Trait.ACTIVE, "active|aktif|اکتیو|فعال"),
    (Trait.CHEAPEST, "cheapest|cheap|ارزان|arzon"),
    (Trait.FEMALE, "female|females|women|woman|wanita|girls|زن|خانم|женский|женщины"),
    (Trait.MALE, "male|males|men|pria|مرد|آقا|мужской"),
):
    _words(TRAITS, _trait, _spellings)

#: Traits that make a different offer (a female audience is not any audience): part of the key.
#: Premium accounts (Telegram, Spotify Premium) are a product of their own, priced so.
SPLITTING_TRAITS = frozenset({Trait.FEMALE, Trait.MALE, Trait.PREMIUM})

#: Words after which a platform word names a source, not the platform ("traffic from Quora").
SOURCE_MARKERS = frozenset({"from", "via", "از", "orqali", "из"})
#: Words after which target words describe the sending accounts ("accounts with stories").
WITH_MARKERS = frozenset({"with", "w", "have", "has", "bilan", "با"})
#: Words after which a delivered word is a free extra ("+ bonus views").
BONUS_MARKERS = frozenset({"bonus", "free", "extra", "gift", "هدیه", "رایگان"})

#: Words that tell one kind of web traffic from another (besides the platforms it comes from).
_TRAFFIC_KINDS = (
    "search organic keyword keywords crypto niche mobile desktop iphone android direct referral "
    "referrer social pop ads exchange ptc google bing yahoo yandex baidu naver duckduckgo "
    "wikipedia amazon ebay github blogspot tumblr fiverr gambling betting casino adult dating "
    "forex finance health travel education shopping gaming"
)
TRAFFIC_KINDS = frozenset(_TRAFFIC_KINDS.split(" "))

#: Things panels sell that this reader does not group (a Quote Tweet, PK battle points, bot
#: starts, chat messages...): a name naming one states a delivered thing, just not a known one,
#: so its category ("Twitter Followers") is not taken for it.
OTHER_THINGS = frozenset(
    {
        "quote",
        "quotes",
        "points",
        "chat",
        "chats",
        "click",
        "clicks",
        "favorites",
        "favourites",
        "watchlist",
        "referral",
        "bot start",
        "استارت ربات",
        "bot starts",
        "bot uchun",
        "uchun start",
        "mini ilova",
        "monetization",
        "referrals",
        "reports",
        "жалобы",
        "event",
        "interested",
        "tickets",
        "gifts",
        "coins",
    }
)

#: Words that make a name a bundle of several things ("All-in-one LinkedIn", "Combo"): no one
#: delivered thing.
COMBO_MARKERS = frozenset({"combo", "bundle", "all in one", "پکیج ترکیبی"})

#: Things panels name beside the one they sell as a side effect of it ("Likes + Reach",
#: "Shares + Engagement"): dropped when the name names something else too.
SIDE_EFFECTS = frozenset({Delivered.IMPRESSIONS, Delivered.ENGAGEMENT})
#: ... beside these only ("Profile Visits + Impressions" is a bundle, not visits).
MAKE_SIDE_EFFECTS = frozenset(
    {
        Delivered.LIKES,
        Delivered.VIEWS,
        Delivered.SHARES,
        Delivered.REPOSTS,
        Delivered.SAVES,
        Delivered.COMMENTS,
        Delivered.REACTIONS,
    }
)
#: Per platform, the same for things every service of another thing brings: a Telegram reaction
#: is seen, so "Reactions + Views" sells reactions.
SIDE_EFFECTS_ON: dict[Platform, frozenset[Delivered]] = {
    Platform.TELEGRAM: frozenset({Delivered.VIEWS}),
}

#: Flag emoji whose letters are not a country's code.
FLAG_AUDIENCES = {"eu": "europe"}

#: What a delivered thing is called on platforms where panels use several names for it.
SAME_THING: dict[tuple[Platform, Delivered], Delivered] = {
    (Platform.TELEGRAM, Delivered.SUBSCRIBERS): Delivered.MEMBERS,
    (Platform.TELEGRAM, Delivered.FOLLOWERS): Delivered.MEMBERS,
    (Platform.YOUTUBE, Delivered.FOLLOWERS): Delivered.SUBSCRIBERS,
    (Platform.YOUTUBE, Delivered.VOTES): Delivered.LIKES,  # "comment upvotes"
    (Platform.INSTAGRAM, Delivered.SUBSCRIBERS): Delivered.FOLLOWERS,
    (Platform.TIKTOK, Delivered.SUBSCRIBERS): Delivered.FOLLOWERS,
    (Platform.TWITTER, Delivered.SUBSCRIBERS): Delivered.FOLLOWERS,
    (Platform.THREADS, Delivered.SUBSCRIBERS): Delivered.FOLLOWERS,
    (Platform.SPOTIFY, Delivered.SUBSCRIBERS): Delivered.FOLLOWERS,
    (Platform.SOUNDCLOUD, Delivered.SUBSCRIBERS): Delivered.FOLLOWERS,
}

#: Targets that have followers of their own (a playlist's followers are not the artist's).
OWN_FOLLOWING = frozenset({Target.PLAYLIST, Target.CHANNEL, Target.GROUP})

#: Delivered things that go to an account as a whole: their target is the account, said or not.
TO_ACCOUNT = frozenset(
    {
        Delivered.FOLLOWERS,
        Delivered.SUBSCRIBERS,
        Delivered.FRIENDS,
        Delivered.CONNECTIONS,
        Delivered.LISTENERS,
    }
)

#: Targets that are one thing on a platform ("Instagram video" is a reel since 2022).
SAME_TARGET: dict[tuple[Platform, Target], Target] = {
    (Platform.INSTAGRAM, Target.VIDEO): Target.REEL,
    (Platform.INSTAGRAM, Target.IGTV): Target.REEL,
    (Platform.TWITTER, Target.TWEET): Target.POST,
    (Platform.TIKTOK, Target.POST): Target.VIDEO,
}

#: The target a name leaves unsaid because the platform has only one: Instagram likes go on a
#: post, TikTok views on a video, Telegram views on a post, Twitter likes on a tweet.
IMPLIED_TARGET: dict[tuple[Platform, Delivered], Target] = {
    **{(Platform.INSTAGRAM, d): Target.POST for d in (Delivered.LIKES, Delivered.COMMENTS)},
    **{(Platform.INSTAGRAM, d): Target.POST for d in (Delivered.SAVES, Delivered.SHARES)},
    (Platform.INSTAGRAM, Delivered.VIEWS): Target.REEL,
    **{
        (Platform.TIKTOK, d): Target.VIDEO
        for d in (
            Delivered.LIKES,
            Delivered.VIEWS,
            Delivered.COMMENTS,
            Delivered.SHARES,
            Delivered.SAVES,
            Delivered.REPOSTS,
        )
    },
    **{
        (Platform.YOUTUBE, d): Target.VIDEO
        for d in (Delivered.LIKES, Delivered.VIEWS, Delivered.COMMENTS, Delivered.DISLIKES)
    },
    **{
        (Platform.TELEGRAM, d): Target.POST
        for d in (Delivered.VIEWS, Delivered.REACTIONS, Delivered.SHARES)
    },
    **{
        (Platform.TWITTER, d): Target.POST
        for d in (
            Delivered.LIKES,
            Delivered.VIEWS,
            Delivered.REPOSTS,
            Delivered.COMMENTS,
            Delivered.IMPRESSIONS,
        )
    },
    (Platform.THREADS, Delivered.LIKES): Target.POST,
    (Platform.SPOTIFY, Delivered.PLAYS): Target.TRACK,
}

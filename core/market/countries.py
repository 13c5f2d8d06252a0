"""Every country's English name (and the usual demonyms) by ISO 3166 alpha-2 code.

Panels sell Spotify plays "[Andorra]" as readily as "[USA]": a country the tables do not know
would read as "audience not stated" and group with untargeted offers, so all are here. The few
whose Persian, Russian or Uzbek names panels use live in `vocabulary.AUDIENCES`.
"""

from __future__ import annotations

# One country a line: code, English name, then other spellings, "|"-separated.
_COUNTRIES = """
ad Andorra
ae United Arab Emirates|uae|emirates|emirati
af Afghanistan|afghan
ag Antigua and Barbuda|antigua
al Albania|albanian
am Armenia|armenian
ao Angola|angolan
ar Argentina|argentinian|argentine
at Austria|austrian
au Australia|australian
az Azerbaijan|azerbaijani|azeri
ba Bosnia and Herzegovina|bosnia
bb Barbados
bd Bangladesh|bangladeshi
be Belgium|belgian
bf Burkina Faso
bg Bulgaria|bulgarian
bh Bahrain
bi Burundi
bj Benin
bn Brunei
bo Bolivia|bolivian
br Brazil|brazilian|brasil
bs Bahamas
bt Bhutan
bw Botswana
by Belarus|belarusian
bz Belize
ca Canada|canadian
cd Congo Kinshasa|dr congo|democratic republic of the congo
cf Central African Republic
cg Congo
ch Switzerland|swiss
ci Ivory Coast|cote d ivoire
cl Chile|chilean
cm Cameroon
cn China|chinese
co Colombia|colombian
cr Costa Rica
cu Cuba|cuban
cv Cape Verde
cy Cyprus
cz Czechia|czech|czech republic
de Germany|german|deutschland
dj Djibouti
dk Denmark|danish
dm Dominica
do Dominican Republic|dominican
dz Algeria|algerian
ec Ecuador|ecuadorian
ee Estonia|estonian
eg Egypt|egyptian
er Eritrea
es Spain|spanish
et Ethiopia|ethiopian
fi Finland|finnish
fj Fiji
fr France|french
ga Gabon
gb United Kingdom|uk|england|british|great britain|scotland|wales
gd Grenada
ge Georgia|georgian
gh Ghana|ghanaian
gm Gambia
gn Guinea
gq Equatorial Guinea
gr Greece|greek
gt Guatemala
gw Guinea-Bissau|guinea bissau
gy Guyana
hk Hong Kong
hn Honduras
hr Croatia|croatian
ht Haiti
hu Hungary|hungarian
id Indonesia|indonesian|indo
ie Ireland|irish
il Israel|israeli
in India|indian|hindi
iq Iraq|iraqi
ir Iran|iranian|persian|irani
is Iceland|icelandic
it Italy|italian
jm Jamaica|jamaican
jo Jordan|jordanian
jp Japan|japanese
ke Kenya|kenyan
kg Kyrgyzstan
kh Cambodia
km Comoros
kr South Korea|korea|korean
kw Kuwait|kuwaiti
kz Kazakhstan|kazakh
la Laos
lb Lebanon|lebanese
lc Saint Lucia
li Liechtenstein
lk Sri Lanka
lr Liberia
ls Lesotho
lt Lithuania|lithuanian
lu Luxembourg
lv Latvia|latvian
ly Libya|libyan
ma Morocco|moroccan
mc Monaco
md Moldova
me Montenegro
mg Madagascar
mk North Macedonia|macedonia
ml Mali
mm Myanmar|burma
mn Mongolia
mo Macau|macao
mr Mauritania
mt Malta
mu Mauritius
mv Maldives
mw Malawi
mx Mexico|mexican
my Malaysia|malaysian
mz Mozambique
na Namibia
ne Niger
ng Nigeria|nigerian
ni Nicaragua
nl Netherlands|netherland|dutch|holland
no Norway|norwegian
np Nepal|nepali
nz New Zealand
om Oman
pa Panama
pe Peru|peruvian
pg Papua New Guinea
ph Philippines|filipino|philippine
pk Pakistan|pakistani
pl Poland
pr Puerto Rico
ps Palestine|palestinian
pt Portugal|portuguese
py Paraguay
qa Qatar
ro Romania|romanian
rs Serbia|serbian
ru Russia|russian|ru|rus
rw Rwanda
sa Saudi Arabia|saudi|ksa
sd Sudan
se Sweden|swedish
sg Singapore
si Slovenia
sk Slovakia
sl Sierra Leone
sm San Marino
sn Senegal
so Somalia
sr Suriname
ss South Sudan
sv El Salvador|salvador
sy Syria|syrian
sz Eswatini|swaziland
td Chad
tg Togo
th Thailand|thai
tj Tajikistan
tl Timor-Leste|east timor
tm Turkmenistan
tn Tunisia|tunisian
tr Turkey|turkish|turkiye|türkiye
tt Trinidad and Tobago|trinidad
tw Taiwan|taiwanese
tz Tanzania
ua Ukraine|ukrainian
ug Uganda
us United States|usa|america|american|united states of america
uy Uruguay
uz Uzbekistan|uzbek
ve Venezuela|venezuelan
vn Vietnam|vietnamese|viet nam
ye Yemen
za South Africa|south african
zm Zambia
zw Zimbabwe
"""

#: ISO code -> English name.
COUNTRY_NAMES: dict[str, str] = {}
#: Lower-case spelling -> ISO code.
COUNTRY_SPELLINGS: dict[str, str] = {}
for _line in _COUNTRIES.strip().splitlines():
    _code, _names = _line.split(" ", 1)
    _spellings = _names.split("|")
    COUNTRY_NAMES[_code] = _spellings[0]
    for _spelling in _spellings:
        COUNTRY_SPELLINGS[_spelling.lower()] = _code

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
    <context>
        <name>AlertCenter</name>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_center.py" line="151" />
            <source>%n new alert(s); the last: {alert}</source>
            <translation>
                <numerusform>%Ln هشدار تازه؛ آخرینش: {alert}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_center.py" line="63" />
            <source>&amp;Alerts</source>
            <translation>&amp;هشدارها</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_center.py" line="173" />
            <source>SMM Desk</source>
            <translation>SMM Desk</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_center.py" line="225" />
            <source>Service {id} is not listed: it was removed, or the filter hides it.</source>
            <translation>سرویس {id} در فهرست نیست: حذف شده یا فیلتر پنهانش کرده است.</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_center.py" line="66" />
            <source>The last alerts, with their time</source>
            <translation>آخرین هشدارها، با زمانشان</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_center.py" line="217" />
            <source>This alert is about a service of {panel}: switch to that panel.</source>
            <translation>این هشدار دربارهٔ سرویسی از {panel} است: به آن پنل بروید.</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_center.py" line="196" />
            <source>This alert is about an order of {panel}: switch to that panel, or show every panel's orders.</source>
            <translation>این هشدار دربارهٔ سفارشی از {panel} است: به آن پنل بروید یا سفارش‌های همهٔ پنل‌ها را نشان دهید.</translation>
        </message>
    </context>
    <context>
        <name>AlertList</name>
        <message>
            <location filename="../../ui/alerts/alert_list.py" line="38" />
            <source>Alerts</source>
            <translation>هشدارها</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_list.py" line="56" />
            <source>Clear</source>
            <translation>پاک کردن</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_list.py" line="90" />
            <source>Click to show it</source>
            <translation>برای نمایش کلیک کنید</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_list.py" line="58" />
            <source>Forget the alerts listed here</source>
            <translation>فراموش کردن هشدارهای این فهرست</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_list.py" line="53" />
            <source>No alerts yet. Set what to watch in Preferences.</source>
            <translation>هنوز هشداری نیست. آنچه باید زیر نظر باشد را در تنظیمات برگزینید.</translation>
        </message>
    </context>
    <context>
        <name>AlertSettings</name>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="40" />
            <source> h</source>
            <translation> ساعت</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="51" />
            <source>A favourite or recently ordered service gets dearer</source>
            <translation>سرویس محبوب یا تازه سفارش‌داده‌شده گران‌تر می‌شود</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="55" />
            <source>A favourite or recently ordered service is removed</source>
            <translation>سرویس محبوب یا تازه سفارش‌داده‌شده حذف می‌شود</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="35" />
            <source>A panel's balance runs low</source>
            <translation>موجودی یک پنل رو به پایان است</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="73" />
            <source>Alert settings apply from the next check, without a restart.</source>
            <translation>تنظیمات هشدار از بررسی بعدی اعمال می‌شوند، بدون نیاز به راه‌اندازی دوباره.</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="124" />
            <source>Alert when this panel's balance falls below this amount</source>
            <translation>هشدار وقتی موجودی این پنل از این مبلغ کمتر شود</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="33" />
            <source>Alerts</source>
            <translation>هشدارها</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="37" />
            <source>An order makes no progress for this many hours:</source>
            <translation>سفارشی این چند ساعت پیشرفتی ندارد:</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="44" />
            <source>An order's status cannot be read for this many refreshes:</source>
            <translation>وضعیت سفارشی در این تعداد به‌روزرسانی خوانده نمی‌شود:</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="130" />
            <source>Balance below, {panel}:</source>
            <translation>موجودی {panel} کمتر از:</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="58" />
            <source>Show alerts as desktop notifications too</source>
            <translation>هشدارها به‌صورت اعلان دسکتاپ هم نشان داده شوند</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="123" />
            <source>no alert</source>
            <translation>بدون هشدار</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_settings.py" line="152" />
            <source>“{text}” is no amount: type a number such as 10 or 2.5.</source>
            <translation>«{text}» مبلغ نیست: عددی مانند ۱۰ یا ۲٫۵ بنویسید.</translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="70" />
            <source>Alert</source>
            <translation>هشدار</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="64" />
            <source>Low balance</source>
            <translation>موجودی کم</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="66" />
            <source>Order status unreadable</source>
            <translation>وضعیت سفارش خوانا نیست</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="65" />
            <source>Order without progress</source>
            <translation>سفارش بدون پیشرفت</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="67" />
            <source>Rate increase</source>
            <translation>افزایش نرخ</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="68" />
            <source>Service removed</source>
            <translation>سرویس حذف شد</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="58" />
            <source>{panel}: an alert of a kind this version does not know.</source>
            <translation>{panel}: هشداری از نوعی که این نسخه نمی‌شناسد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_text.py" line="37" />
            <source>{panel}: order {order} ({service}) has made no progress for %n hour(s).</source>
            <translation>
                <numerusform>{panel}: سفارش {order} ({service}) %Ln ساعت است که پیشرفتی نداشته است.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="31" />
            <source>{panel}: the balance is {amount}, below {threshold}.</source>
            <translation>{panel}: موجودی {amount} است، کمتر از {threshold}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_text.py" line="42" />
            <source>{panel}: the status of order {order} ({service}) could not be read in %n refresh(es) in a row.</source>
            <translation>
                <numerusform>{panel}: وضعیت سفارش {order} ({service}) در %Ln به‌روزرسانی پیاپی خوانده نشد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="48" />
            <source>{panel}: {service} now costs {new} per 1000 (was {old}).</source>
            <translation>{panel}: {service} اکنون هر ۱۰۰۰ عدد {new} است (پیش‌تر {old}).</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/alert_text.py" line="55" />
            <source>{panel}: {service} was removed from the panel's services.</source>
            <translation>{panel}: {service} از سرویس‌های پنل حذف شد.</translation>
        </message>
    </context>
    <context>
        <name>AppSession</name>
        <message numerus="yes">
            <location filename="../../ui/shell/session.py" line="146" />
            <source>%n order(s) were being sent when the app last closed: their outcome is unknown, check them in Orders.</source>
            <translation>
                <numerusform>هنگام بسته شدن برنامه در دفعه‌ی قبل، %Ln سفارش در حال ارسال بود: نتیجه‌ی آن‌ها معلوم نیست، در «سفارش‌ها» بررسی کنید.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/session.py" line="265" />
            <source>No API key is saved for this panel.</source>
            <translation>کلید API برای این پنل ذخیره نشده است.</translation>
        </message>
    </context>
    <context>
        <name>BalanceBar</name>
        <message>
            <location filename="../../ui/shell/balance_bar.py" line="35" />
            <source>Add funds</source>
            <translation>افزایش موجودی</translation>
        </message>
        <message>
            <location filename="../../ui/shell/balance_bar.py" line="59" />
            <source>Balance on the panel; click to refresh</source>
            <translation>موجودی در پنل؛ برای به‌روزرسانی کلیک کنید</translation>
        </message>
        <message>
            <location filename="../../ui/shell/balance_bar.py" line="70" />
            <source>Balance: ?</source>
            <translation>موجودی: ؟</translation>
        </message>
        <message>
            <location filename="../../ui/shell/balance_bar.py" line="64" />
            <source>Balance: {amount}</source>
            <translation>موجودی: {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/balance_bar.py" line="61" />
            <source>Balance: —</source>
            <translation>موجودی: —</translation>
        </message>
        <message>
            <location filename="../../ui/shell/balance_bar.py" line="77" />
            <source>Open the panel's page to add funds: {address}</source>
            <translation>باز کردن صفحهٔ افزایش موجودی پنل: {address}</translation>
        </message>
    </context>
    <context>
        <name>BucketBar</name>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="22" />
            <source>All</source>
            <translation>همه</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="28" />
            <source>Canceled</source>
            <translation>لغو‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="26" />
            <source>Completed</source>
            <translation>تکمیل‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="24" />
            <source>In progress</source>
            <translation>در حال انجام</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="30" />
            <source>Not placed</source>
            <translation>ثبت‌نشده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="40" />
            <source>Orders the panel refused: nothing was charged</source>
            <translation>سفارش‌هایی که پنل نپذیرفت: هزینه‌ای کسر نشد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="37" />
            <source>Orders whose outcome is unknown, or with a status this app does not know</source>
            <translation>سفارش‌هایی که نتیجه‌شان نامعلوم است یا وضعیتی دارند که این برنامه نمی‌شناسد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="27" />
            <source>Partial</source>
            <translation>ناقص</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="23" />
            <source>Pending</source>
            <translation>در انتظار</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="25" />
            <source>Processing</source>
            <translation>در حال پردازش</translation>
        </message>
        <message>
            <location filename="../../ui/orders/bucket_bar.py" line="29" />
            <source>Unknown</source>
            <translation>نامعلوم</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="181" />
            <source>CSV files (*.csv)</source>
            <translation>پرونده‌های CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="172" />
            <source>Chart saved to {path}.</source>
            <translation>نمودار در {path} ذخیره شد.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="170" />
            <source>Could not save the image to {path}.</source>
            <translation>ذخیرهٔ تصویر در {path} ممکن نشد.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="73" />
            <source>Export CSV…</source>
            <translation>خروجی CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="181" />
            <source>Export chart data</source>
            <translation>خروجی دادهٔ نمودار</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/chart_card.py" line="187" />
            <source>Exported %n row(s) to {path}.</source>
            <translation>
                <numerusform>%Ln ردیف در {path} ذخیره شد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="101" />
            <source>Loading…</source>
            <translation>در حال بارگذاری…</translation>
        </message>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="165" />
            <source>PNG images (*.png)</source>
            <translation>تصویرهای PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="70" />
            <source>Save as PNG…</source>
            <translation>ذخیرهٔ تصویر…</translation>
        </message>
        <message>
            <location filename="../../ui/insights/chart_card.py" line="165" />
            <source>Save chart as PNG</source>
            <translation>ذخیرهٔ نمودار به‌صورت تصویر</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message numerus="yes">
            <location filename="../../ui/shell/crash_dialog.py" line="152" />
            <source>%n more error(s) happened after this one; all are in the report.</source>
            <translation>
                <numerusform>%Ln خطای دیگر پس از این رخ داد؛ همه در گزارش خطا هستند.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="143" />
            <source>An error the app did not expect: {error}</source>
            <translation>خطایی که برنامه انتظارش را نداشت: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="98" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="87" />
            <source>Copy report</source>
            <translation>کپی گزارش خطا</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="73" />
            <source>No log file is kept in this run.</source>
            <translation>در این اجرا فایل گزارش‌ها نگه داشته نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="93" />
            <source>Open log folder</source>
            <translation>باز کردن پوشه‌ی گزارش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="40" />
            <source>Something went wrong inside SMM Desk.</source>
            <translation>در SMM Desk مشکلی پیش آمد.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="68" />
            <source>The details were written to the log file:
{path}</source>
            <translation>جزئیات در فایل گزارش‌ها نوشته شد:
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="134" />
            <source>The report is on the clipboard. API keys are removed from it; paste it into your message to the developers.</source>
            <translation>گزارش خطا در کلیپ‌بورد است و کلیدهای API از آن حذف شده‌اند؛ آن را در پیامتان به سازندگان برنامه بچسبانید.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="33" />
            <source>Unexpected error</source>
            <translation>خطای غیرمنتظره</translation>
        </message>
        <message>
            <location filename="../../ui/shell/crash_dialog.py" line="51" />
            <source>What you were doing may not have finished. Orders already sent are in the Orders tab. If something looks wrong, restart the app.</source>
            <translation>ممکن است کاری که می‌کردید تمام نشده باشد. سفارش‌هایی که فرستاده شده‌اند در «سفارش‌ها» هستند. اگر چیزی درست به نظر نمی‌رسد، برنامه را دوباره باز کنید.</translation>
        </message>
    </context>
    <context>
        <name>CurrencySettingsSection</name>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="58" />
            <source>1 unit of</source>
            <translation>یک واحد از</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="68" />
            <source>Add a rate</source>
            <translation>افزودن نرخ</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="87" />
            <source>Compare prices in:</source>
            <translation>مقایسهٔ قیمت‌ها به:</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="45" />
            <source>Currencies (Market)</source>
            <translation>ارزها (بازار)</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="202" />
            <source>Not saved: rate {row}: {reason}.</source>
            <translation>ذخیره نشد: نرخ {row}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="201" />
            <source>Not saved: {reason}.</source>
            <translation>ذخیره نشد: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="53" />
            <source>Prices of panels billing in another currency are converted to this one</source>
            <translation>قیمت پنل‌هایی که با ارز دیگری حساب می‌کنند به این ارز تبدیل می‌شود</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="74" />
            <source>Rates are yours: nothing is fetched from the internet. Converted prices are marked ≈ and show the rate's date.</source>
            <translation>نرخ‌ها را خودتان وارد می‌کنید: چیزی از اینترنت گرفته نمی‌شود. قیمت‌های تبدیل‌شده با ≈ نشان داده می‌شوند و تاریخ نرخ را دارند.</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="70" />
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="106" />
            <source>The one most of my panels use</source>
            <translation>ارزی که بیشتر پنل‌هایم دارند</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="191" />
            <source>a currency is missing or is not a code</source>
            <translation>یک ارز خالی است یا کد ارز نیست</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="192" />
            <source>both sides are the same currency</source>
            <translation>هر دو طرف یک ارز است</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="58" />
            <source>is worth</source>
            <translation>می‌ارزد</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="58" />
            <source>of</source>
            <translation>از ارز</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="58" />
            <source>on the date</source>
            <translation>در تاریخ</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="193" />
            <source>the amount is not a number</source>
            <translation>مقدار عدد نیست</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="195" />
            <source>the amount is too large or too small to be a rate</source>
            <translation>این مقدار برای نرخ بیش از حد بزرگ یا کوچک است</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="194" />
            <source>the amount must be more than zero</source>
            <translation>مقدار باید بیشتر از صفر باشد</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="196" />
            <source>the date is missing</source>
            <translation>تاریخ خالی است</translation>
        </message>
        <message>
            <location filename="../../ui/market/currency_settings.py" line="197" />
            <source>this pair of currencies is given twice</source>
            <translation>این جفت ارز دو بار آمده است</translation>
        </message>
    </context>
    <context>
        <name>CutTextPane</name>
        <message>
            <location filename="../../ui/common/full_text.py" line="74" />
            <source>Open the whole text, with a button to copy it</source>
            <translation>باز کردن کل متن، با دکمه‌ای برای کپی آن</translation>
        </message>
        <message>
            <location filename="../../ui/common/full_text.py" line="72" />
            <source>Show all…</source>
            <translation>نمایش همه…</translation>
        </message>
        <message>
            <location filename="../../ui/common/full_text.py" line="108" />
            <source>Whole text</source>
            <translation>کل متن</translation>
        </message>
    </context>
    <context>
        <name>DataFolderStart</name>
        <message>
            <location filename="../../ui/shell/data_folder_start.py" line="150" />
            <source>SMM Desk is already running</source>
            <translation>SMM Desk از قبل در حال اجراست</translation>
        </message>
        <message>
            <location filename="../../ui/shell/data_folder_start.py" line="152" />
            <source>SMM Desk is already running with this data folder, but it does not answer. Switch to its window, or end it and start SMM Desk again.

{path}</source>
            <translation>SMM Desk با همین پوشه‌ی داده در حال اجراست، اما پاسخ نمی‌دهد. به پنجره‌ی آن بروید، یا آن را ببندید و SMM Desk را دوباره اجرا کنید.

{path}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/data_folder_start.py" line="159" />
            <source>The damaged data file was kept as {path}</source>
            <translation>فایل داده‌ی آسیب‌دیده با این نام نگه داشته شد: {path}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseProblemDialog</name>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="111" />
            <source>A newer version of SMM Desk wrote this file; this version cannot read it. Use the newer version, or keep this file aside and start a new one.</source>
            <translation>نسخه‌ی جدیدتری از SMM Desk این فایل را نوشته است و این نسخه نمی‌تواند آن را بخواند. از نسخه‌ی جدیدتر استفاده کنید، یا این فایل را کنار بگذارید و فایل تازه‌ای شروع کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="139" />
            <source>Another program is writing to the data file. Close it, then try again.</source>
            <translation>برنامه‌ی دیگری در حال نوشتن در فایل داده است. آن را ببندید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="171" />
            <source>Check the data file again.</source>
            <translation>فایل داده دوباره بررسی شود.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="190" />
            <source>Choose a data folder</source>
            <translation>انتخاب پوشه‌ی داده</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="167" />
            <source>Choose a folder where SMM Desk may keep its data for this run.</source>
            <translation>پوشه‌ای را انتخاب کنید که SMM Desk در این اجرا داده‌هایش را در آن نگه دارد.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="175" />
            <source>Close SMM Desk without changing anything.</source>
            <translation>بستن SMM Desk بدون هیچ تغییری.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="57" />
            <source>Data file: {path}</source>
            <translation>فایل داده: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="158" />
            <source>Keep a copy and start a new data file</source>
            <translation>نگه داشتن یک نسخه و شروع فایل داده‌ی تازه</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="151" />
            <source>Open it read-only</source>
            <translation>باز کردن به صورت فقط‌خواندنی</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="144" />
            <source>Opening or upgrading the data file failed; the details say why.</source>
            <translation>باز کردن یا به‌روزرسانی فایل داده انجام نشد؛ علت در جزئیات آمده است.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="174" />
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="38" />
            <source>SMM Desk cannot open its data</source>
            <translation>SMM Desk نمی‌تواند داده‌هایش را باز کند</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="118" />
            <source>SMM Desk cannot save anything in its data folder (a read-only disk or folder, or no permission to write there).</source>
            <translation>SMM Desk نمی‌تواند چیزی در پوشه‌ی داده‌اش ذخیره کند (دیسک یا پوشه‌ی فقط‌خواندنی، یا نداشتن اجازه‌ی نوشتن در آن).</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="124" />
            <source>SMM Desk has no permission to change its data file.</source>
            <translation>SMM Desk اجازه‌ی تغییر فایل داده‌اش را ندارد.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="135" />
            <source>SMM Desk has no permission to read its data file.</source>
            <translation>SMM Desk اجازه‌ی خواندن فایل داده‌اش را ندارد.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="153" />
            <source>See your panels and orders as they are in the file. Nothing can be saved and no order can be placed until the problem is solved.</source>
            <translation>پنل‌ها و سفارش‌هایتان را همان‌طور که در فایل هست ببینید. تا مشکل حل نشود چیزی ذخیره نمی‌شود و سفارشی ثبت نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="62" />
            <source>Technical details:</source>
            <translation>جزئیات فنی:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="134" />
            <source>The data file cannot be read</source>
            <translation>فایل داده خوانده نمی‌شود</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="143" />
            <source>The data file could not be opened</source>
            <translation>فایل داده باز نشد</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="95" />
            <source>The data file is damaged</source>
            <translation>فایل داده آسیب دیده است</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="109" />
            <source>The data file is from a newer SMM Desk</source>
            <translation>فایل داده از نسخه‌ی جدیدتر SMM Desk است</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="138" />
            <source>The data file is in use</source>
            <translation>فایل داده در دست برنامه‌ی دیگری است</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="102" />
            <source>The data file is not an SMM Desk data file</source>
            <translation>این فایل، فایل داده‌ی SMM Desk نیست</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="123" />
            <source>The data file is read-only</source>
            <translation>فایل داده فقط‌خواندنی است</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="129" />
            <source>The data folder cannot be created, or its place is taken by a file; or the data file's place is taken by a folder.</source>
            <translation>پوشه‌ی داده ساخته نمی‌شود، یا به جای آن یک فایل هست؛ یا به جای فایل داده یک پوشه هست.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="127" />
            <source>The data folder cannot be used</source>
            <translation>پوشه‌ی داده قابل استفاده نیست</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="116" />
            <source>The data folder is read-only</source>
            <translation>پوشه‌ی داده فقط‌خواندنی است</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="160" />
            <source>The file is moved aside under a dated name in the same folder (nothing is deleted) and SMM Desk starts with new, empty data: its orders are not carried over.</source>
            <translation>فایل با نامی تاریخ‌دار در همان پوشه کنار گذاشته می‌شود (چیزی پاک نمی‌شود) و SMM Desk با داده‌های تازه و خالی شروع می‌کند: سفارش‌های آن فایل منتقل نمی‌شوند.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="104" />
            <source>The file where SMM Desk keeps its data holds something else: it may have been replaced or overwritten.</source>
            <translation>در جای فایل داده‌ی SMM Desk چیز دیگری است: شاید جایگزین یا رونویسی شده باشد.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="97" />
            <source>The file where SMM Desk keeps your panels, preferences and the journal of your orders is damaged and cannot be used as it is.</source>
            <translation>فایلی که SMM Desk پنل‌ها، تنظیمات و دفتر سفارش‌های شما را در آن نگه می‌دارد آسیب دیده است و به همین شکل قابل استفاده نیست.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="170" />
            <source>Try again</source>
            <translation>دوباره امتحان کن</translation>
        </message>
        <message>
            <location filename="../../ui/shell/database_problem_dialog.py" line="166" />
            <source>Use another data folder…</source>
            <translation>استفاده از پوشه‌ی داده‌ی دیگر…</translation>
        </message>
    </context>
    <context>
        <name>DateRangeBar</name>
        <message>
            <location filename="../../ui/orders/date_range.py" line="82" />
            <source>Any date</source>
            <translation>همه‌ی تاریخ‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/orders/date_range.py" line="86" />
            <source>From – to…</source>
            <translation>از – تا…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/date_range.py" line="85" />
            <source>Last 30 days</source>
            <translation>۳۰ روز اخیر</translation>
        </message>
        <message>
            <location filename="../../ui/orders/date_range.py" line="84" />
            <source>Last 7 days</source>
            <translation>۷ روز اخیر</translation>
        </message>
        <message>
            <location filename="../../ui/orders/date_range.py" line="80" />
            <source>Show the orders placed in this period</source>
            <translation>نمایش سفارش‌های ثبت‌شده در این بازه</translation>
        </message>
        <message>
            <location filename="../../ui/orders/date_range.py" line="83" />
            <source>Today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <location filename="../../ui/orders/date_range.py" line="92" />
            <source>to</source>
            <translation>تا</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../main.py" line="58" />
            <source>Demo panel</source>
            <translation>پنل نمایشی</translation>
        </message>
    </context>
    <context>
        <name>ElapsedNote</name>
        <message>
            <location filename="../../ui/common/elapsed_note.py" line="47" />
            <source>{text} {seconds} s</source>
            <translation>{text} {seconds} ثانیه</translation>
        </message>
        <message>
            <location filename="../../ui/common/elapsed_note.py" line="51" />
            <source>{text} {seconds} s: the panel is slow to answer, still waiting.</source>
            <translation>{text} {seconds} ثانیه: پنل دیر پاسخ می‌دهد، همچنان منتظریم.</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <location filename="../../ui/common/error_text.py" line="249" />
            <source>A file could not be used</source>
            <translation>استفاده از یک فایل ممکن نشد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="89" />
            <source>A protection page is in the way</source>
            <translation>یک صفحهٔ محافظ سر راه است</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="256" />
            <source>A value is not valid.</source>
            <translation>یک مقدار معتبر نیست.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="179" />
            <source>A web protection service in front of {host} answered with its check page instead of letting the request through to the panel. Open the panel's site in a browser; if it keeps happening, ask the panel to let API requests through.</source>
            <translation>یک سرویس محافظ وب در جلوی {host} به‌جای رساندن درخواست به پنل، با صفحهٔ بررسی خود پاسخ داد. سایت پنل را در مرورگر باز کنید؛ اگر باز هم تکرار شد، از پنل بخواهید درخواست‌های API را راه بدهد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="90" />
            <source>A web protection service in front of {host} answered with its check page instead of letting the request through to the panel. Open the panel's site in a browser; if it keeps happening, ask the panel to let API requests through. If this was an order, check on the panel whether it was placed before trying again.</source>
            <translation>یک سرویس محافظ وب در جلوی {host} به‌جای رساندن درخواست به پنل، با صفحهٔ بررسی خود پاسخ داد. سایت پنل را در مرورگر باز کنید؛ اگر باز هم تکرار شد، از پنل بخواهید درخواست‌های API را راه بدهد. اگر این یک سفارش بود، پیش از تلاش دوباره در پنل ببینید ثبت شده است یا نه.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="154" />
            <source>An order for this link is still running</source>
            <translation>سفارشی برای این لینک هنوز در حال انجام است</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="260" />
            <source>An unexpected error happened. The details below help when reporting it.</source>
            <translation>خطای غیرمنتظره‌ای رخ داد. جزئیات زیر برای گزارش آن مفید است.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="38" />
            <source>Cannot reach the panel</source>
            <translation>دسترسی به پنل ممکن نیست</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="256" />
            <source>Check what you entered</source>
            <translation>ورودی خود را بررسی کنید</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="39" />
            <source>Could not connect to {host}. Check the API URL, your internet connection and the proxy. Nothing was sent.</source>
            <translation>اتصال به {host} برقرار نشد. آدرس API، اتصال اینترنت و پروکسی را بررسی کنید. چیزی فرستاده نشد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="52" />
            <source>No answer in time</source>
            <translation>پاسخی به موقع نرسید</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="272" />
            <source>No system keyring is available on this computer.</source>
            <translation>این رایانه جاکلیدی سیستمی ندارد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="138" />
            <source>Not enough funds</source>
            <translation>موجودی کافی نیست</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="162" />
            <source>Not supported by this panel</source>
            <translation>این پنل پشتیبانی نمی‌کند</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="146" />
            <source>Quantity too high</source>
            <translation>تعداد بیشتر از حد مجاز است</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="142" />
            <source>Quantity too low</source>
            <translation>تعداد کمتر از حد مجاز است</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="234" />
            <source>Read-only</source>
            <translation>فقط خواندنی</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="250" />
            <source>Reading or writing a file failed: {reason}</source>
            <translation>خواندن یا نوشتن فایل ناموفق بود: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="244" />
            <source>SMM Desk could not read or write its data file: {reason}</source>
            <translation>SMM Desk نتوانست فایل داده‌ی خود را بخواند یا بنویسد: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="259" />
            <source>Something went wrong</source>
            <translation>مشکلی پیش آمد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="125" />
            <source>The API URL or the proxy is not valid. The API URL starts with https:// and comes from the panel's API page; a proxy looks like socks5://host:port.</source>
            <translation>آدرس API یا پروکسی معتبر نیست. آدرس API با ⁦https://⁩ شروع می‌شود و از صفحه‌ی API پنل برداشته می‌شود؛ پروکسی شکلی مانند ⁦socks5://host:port⁩ دارد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="131" />
            <source>The API key was refused</source>
            <translation>کلید API پذیرفته نشد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="109" />
            <source>The answer is too large</source>
            <translation>پاسخ بیش از حد بزرگ است</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="59" />
            <source>The connection broke</source>
            <translation>اتصال قطع شد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="60" />
            <source>The connection to {host} broke before the answer came. If this was an order, check on the panel whether it was placed before trying again.</source>
            <translation>اتصال به {host} پیش از رسیدن پاسخ قطع شد. اگر این یک سفارش بود، پیش از تلاش دوباره در پنل بررسی کنید که ثبت شده یا نه.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="178" />
            <source>The connection to {host} broke before the answer came. Try again.</source>
            <translation>اتصال به {host} پیش از رسیدن پاسخ قطع شد. دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="243" />
            <source>The local data file cannot be used</source>
            <translation>فایل داده‌ی برنامه قابل استفاده نیست</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="155" />
            <source>The panel already has an active order for this link. Wait until it completes.</source>
            <translation>پنل برای این لینک یک سفارش فعال دارد. صبر کنید تا تکمیل شود.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="82" />
            <source>The panel answered with a web page instead of data. The API URL is probably wrong (it usually ends in /api/v2 or /api/v1), or the site shows a protection or maintenance page.</source>
            <translation>پنل به جای داده یک صفحه‌ی وب فرستاد. احتمالاً آدرس API اشتباه است (معمولاً به ⁦/api/v2⁩ یا ⁦/api/v1⁩ ختم می‌شود)، یا سایت صفحه‌ی محافظت یا تعمیرات نشان می‌دهد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="99" />
            <source>The panel answered with nothing. It may be overloaded, or the API URL is wrong.</source>
            <translation>پنل هیچ پاسخی نفرستاد. شاید پنل شلوغ باشد یا آدرس API اشتباه باشد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="223" />
            <source>The panel answered with text that is not data. The API URL may be wrong.</source>
            <translation>پنل با متنی پاسخ داد که داده نیست. شاید آدرس API اشتباه باشد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="132" />
            <source>The panel does not accept this API key. Copy the key again from your account's API page on the panel and save it in Panels.</source>
            <translation>پنل این کلید API را نمی‌پذیرد. کلید را دوباره از صفحه‌ی API حساب خود در پنل کپی کنید و در «پنل‌ها» ذخیره کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="45" />
            <source>The panel does not answer</source>
            <translation>پنل پاسخ نمی‌دهد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="159" />
            <source>The panel does not know this order id.</source>
            <translation>پنل این شناسه‌ی سفارش را نمی‌شناسد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="151" />
            <source>The panel does not know this service any more. Refresh the services list.</source>
            <translation>این سرویس دیگر در پنل وجود ندارد. فهرست سرویس‌ها را به‌روز کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="66" />
            <source>The panel redirected the request</source>
            <translation>پنل درخواست را به جای دیگری هدایت کرد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="166" />
            <source>The panel refused</source>
            <translation>پنل نپذیرفت</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="73" />
            <source>The panel reported a server error</source>
            <translation>پنل خطای سرور گزارش داد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="117" />
            <source>The panel reported an error ({panel_text}) but also gave an order id ({order_id}): the order may have been placed. Check on the panel before ordering again.</source>
            <translation>پنل خطایی گزارش کرد ({panel_text}) اما شناسهٔ سفارش هم داد ({order_id}): ممکن است سفارش ثبت شده باشد. پیش از سفارش دوباره، در پنل بررسی کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="167" />
            <source>The panel said: {panel_text}</source>
            <translation>پیام پنل: {panel_text}</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="147" />
            <source>The panel says the quantity is above the service's maximum ({limit}).</source>
            <translation>پنل می‌گوید تعداد از حداکثر سرویس ({limit}) بیشتر است.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="143" />
            <source>The panel says the quantity is below the service's minimum ({limit}).</source>
            <translation>پنل می‌گوید تعداد از حداقل سرویس ({limit}) کمتر است.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="102" />
            <source>The panel sent a malformed answer</source>
            <translation>پاسخ پنل خراب بود</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="81" />
            <source>The panel sent a web page</source>
            <translation>پنل یک صفحه‌ی وب فرستاد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="98" />
            <source>The panel sent an empty answer</source>
            <translation>پاسخ پنل خالی بود</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="124" />
            <source>The panel settings cannot be used</source>
            <translation>تنظیمات پنل قابل استفاده نیست</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="116" />
            <source>The panel's answer contradicts itself</source>
            <translation>پاسخ پنل با خودش تناقض دارد</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="103" />
            <source>The panel's answer could not be read. Try again later; if it keeps happening, the panel's API is broken.</source>
            <translation>پاسخ پنل خوانده نشد. بعداً دوباره امتحان کنید؛ اگر تکرار شد، API پنل ایراد دارد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="222" />
            <source>The panel's answer is not data</source>
            <translation>پاسخ پنل داده نیست</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="110" />
            <source>The panel's answer was larger than this app accepts. The API URL may point at the wrong place.</source>
            <translation>پاسخ پنل بزرگ‌تر از حدی بود که این برنامه می‌پذیرد. شاید آدرس API به جای اشتباهی اشاره کند.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="268" />
            <source>The system keyring is locked: unlock it, then save the key again.</source>
            <translation>جاکلیدی سیستم قفل است: قفلش را باز کنید و کلید را دوباره ذخیره کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="270" />
            <source>The system keyring refused the key.</source>
            <translation>جاکلیدی سیستم کلید را نپذیرفت.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="163" />
            <source>This panel does not support this request.</source>
            <translation>این پنل از این درخواست پشتیبانی نمی‌کند.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="235" />
            <source>This run shows a copy of the data file for viewing: nothing can be saved and no order can be placed.</source>
            <translation>این اجرا یک رونوشت از پرونده‌ی داده‌ها را برای دیدن نشان می‌دهد: هیچ چیز ذخیره نمی‌شود و هیچ سفارشی ثبت نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="77" />
            <source>Too many requests</source>
            <translation>درخواست‌ها بیش از حد است</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="158" />
            <source>Unknown order</source>
            <translation>سفارش ناشناخته</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="150" />
            <source>Unknown service</source>
            <translation>سرویس ناشناخته</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="139" />
            <source>Your balance on the panel is too low for this order. Add funds on the panel first.</source>
            <translation>موجودی شما در پنل برای این سفارش کافی نیست. اول حساب پنل را شارژ کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="191" />
            <source>the panel</source>
            <translation>پنل</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="74" />
            <source>{host} answered with HTTP error {status}. The panel may be down or the API URL wrong.</source>
            <translation>{host} با خطای HTTP {status} پاسخ داد. ممکن است پنل از دسترس خارج باشد یا آدرس API اشتباه باشد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="67" />
            <source>{host} answered with a redirect. It was not followed, so your key could not be sent elsewhere. The API URL is probably wrong: copy it again from the panel's API page.</source>
            <translation>{host} با یک تغییر مسیر پاسخ داد. این تغییر مسیر دنبال نشد تا کلید شما به جای دیگری فرستاده نشود. احتمالاً آدرس API اشتباه است: آن را دوباره از صفحه‌ی API پنل کپی کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="46" />
            <source>{host} could not be reached in time. Check your connection or try again later. Nothing was sent.</source>
            <translation>{host} به موقع در دسترس قرار نگرفت. اتصال خود را بررسی کنید یا بعداً دوباره امتحان کنید. چیزی فرستاده نشد.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="53" />
            <source>{host} received the request but did not answer in time. If this was an order, check on the panel whether it was placed before trying again.</source>
            <translation>{host} درخواست را دریافت کرد اما به موقع پاسخ نداد. اگر این یک سفارش بود، پیش از تلاش دوباره در پنل بررسی کنید که ثبت شده یا نه.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="175" />
            <source>{host} received the request but did not answer in time. Try again later.</source>
            <translation>{host} درخواست را دریافت کرد اما به موقع پاسخ نداد. بعداً دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/error_text.py" line="78" />
            <source>{host} says too many requests were sent with this key. Wait a minute and try again.</source>
            <translation>{host} می‌گوید با این کلید درخواست‌های زیادی فرستاده شده است. یک دقیقه صبر کنید و دوباره امتحان کنید.</translation>
        </message>
    </context>
    <context>
        <name>ExportAction</name>
        <message>
            <location filename="../../ui/orders/export_action.py" line="30" />
            <source>CSV files (*.csv)</source>
            <translation>فایل‌های CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/export_action.py" line="30" />
            <source>Export orders</source>
            <translation>خروجی سفارش‌ها</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/export_action.py" line="46" />
            <source>Exported %n order(s) to {path}.</source>
            <translation>
                <numerusform>%Ln سفارش در {path} ذخیره شد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/export_action.py" line="54" />
            <source>Exporting…</source>
            <translation>در حال ذخیره‌ی خروجی…</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="162" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%Ln روز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="149" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%Ln روز پیش</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="162" />
            <location filename="../../ui/common/time_text.py" line="164" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%Ln ساعت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="148" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%Ln ساعت پیش</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="164" />
            <location filename="../../ui/common/time_text.py" line="166" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%Ln دقیقه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="146" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%Ln دقیقه پیش</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/common/time_text.py" line="144" />
            <source>just now</source>
            <translation>همین الان</translation>
        </message>
        <message>
            <location filename="../../ui/common/time_text.py" line="186" />
            <source>under a minute</source>
            <translation>کمتر از یک دقیقه</translation>
        </message>
        <message>
            <location filename="../../ui/common/formatting.py" line="149" />
            <source>unreadable</source>
            <translation>ناخوانا</translation>
        </message>
        <message>
            <location filename="../../ui/common/time_text.py" line="191" />
            <source>{d} d</source>
            <translation>{d} روز</translation>
        </message>
        <message>
            <location filename="../../ui/common/time_text.py" line="190" />
            <source>{d} d {h} h</source>
            <translation>{d} روز {h} ساعت</translation>
        </message>
        <message>
            <location filename="../../ui/common/time_text.py" line="189" />
            <source>{h} h</source>
            <translation>{h} ساعت</translation>
        </message>
        <message>
            <location filename="../../ui/common/time_text.py" line="188" />
            <source>{h} h {m} min</source>
            <translation>{h} ساعت {m} دقیقه</translation>
        </message>
        <message>
            <location filename="../../ui/common/time_text.py" line="187" />
            <source>{m} min</source>
            <translation>{m} دقیقه</translation>
        </message>
    </context>
    <context>
        <name>FullTextDialog</name>
        <message>
            <location filename="../../ui/common/full_text.py" line="44" />
            <source>Copy</source>
            <translation>کپی</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <location filename="../../ui/shell/help_menu.py" line="57" />
            <source>&amp;About {app}</source>
            <translation>&amp;درباره‌ی {app}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/help_menu.py" line="24" />
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <location filename="../../ui/shell/help_menu.py" line="65" />
            <source>About {app}</source>
            <translation>درباره‌ی {app}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/help_menu.py" line="50" />
            <source>Log folder</source>
            <translation>پوشه‌ی گزارش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/help_menu.py" line="40" />
            <source>Open &amp;log folder</source>
            <translation>باز کردن پوشه‌ی &amp;گزارش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/help_menu.py" line="51" />
            <source>The log folder could not be opened. It is here:
{path}</source>
            <translation>پوشه‌ی گزارش‌ها باز نشد. مسیر آن این است:
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/help_menu.py" line="66" />
            <source>{app} {version}
A desktop client for SMM panels.</source>
            <translation>{app} {version}
برنامه‌ی دسکتاپ برای کار با پنل‌های SMM.</translation>
        </message>
    </context>
    <context>
        <name>InsightsTab</name>
        <message numerus="yes">
            <location filename="../../ui/insights/insights_tab.py" line="294" />
            <source>%n order(s), {spent} spent.</source>
            <translation>
                <numerusform>%Ln سفارش، {spent} هزینه.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="153" />
            <source>All panels</source>
            <translation>همهٔ پنل‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="103" />
            <source>Balance over time</source>
            <translation>موجودی در گذر زمان</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="131" />
            <source>Everything, per month</source>
            <translation>همه، ماهانه</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="130" />
            <source>Last 12 months, per month</source>
            <translation>۱۲ ماه گذشته، ماهانه</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="129" />
            <source>Last 13 weeks, per week</source>
            <translation>۱۳ هفتهٔ گذشته، هفتگی</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="128" />
            <source>Last 30 days, per day</source>
            <translation>۳۰ روز گذشته، روزانه</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="216" />
            <source>Median time to complete</source>
            <translation>میانهٔ زمان تکمیل</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="101" />
            <source>Median time to complete, most used services</source>
            <translation>میانهٔ زمان تکمیل، پرکاربردترین سرویس‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="218" />
            <source>No money was spent on orders in this period. Spending appears here once orders are placed.</source>
            <translation>در این بازه پولی برای سفارش‌ها خرج نشده است. هزینه‌ها پس از ثبت سفارش اینجا دیده می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="222" />
            <source>No order has finished in this period yet: completed, partial and canceled orders are counted here.</source>
            <translation>هنوز هیچ سفارشی در این بازه به پایان نرسیده است: سفارش‌های تکمیل‌شده، ناقص و لغوشده اینجا شمرده می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="293" />
            <source>No orders in this period.</source>
            <translation>در این بازه سفارشی نیست.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="99" />
            <source>Orders by final status</source>
            <translation>سفارش‌ها بر پایهٔ وضعیت نهایی</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="215" />
            <source>Other services</source>
            <translation>سرویس‌های دیگر</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="88" />
            <source>Panel:</source>
            <translation>پنل:</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="85" />
            <source>Period:</source>
            <translation>بازه:</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="200" />
            <source>Reading the order history…</source>
            <translation>در حال خواندن تاریخچهٔ سفارش‌ها…</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="93" />
            <location filename="../../ui/insights/insights_tab.py" line="320" />
            <source>Spending</source>
            <translation>هزینه‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="318" />
            <source>Spending ({currency})</source>
            <translation>هزینه‌ها ({currency})</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="230" />
            <source>The balance has not been read twice in this period: the app keeps each balance it reads, and the line starts with the second.</source>
            <translation>موجودی در این بازه دو بار خوانده نشده است: برنامه هر موجودی خوانده‌شده را نگه می‌دارد و خط نمودار از دومین آن‌ها آغاز می‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="240" />
            <source>The order history could not be read.</source>
            <translation>تاریخچهٔ سفارش‌ها خوانده نشد.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="299" />
            <source>The spending chart shows one currency; {currencies} left out: choose a panel.</source>
            <translation>نمودار هزینه یک ارز را نشان می‌دهد؛ {currencies} کنار گذاشته شد: یک پنل را برگزینید.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="226" />
            <source>Too few completed orders to tell how fast services deliver: a service needs {count} completed orders placed from this app.</source>
            <translation>سفارش‌های تکمیل‌شده برای سنجش سرعت سرویس‌ها کم است: هر سرویس به {count} سفارش تکمیل‌شده از همین برنامه نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="96" />
            <source>by panel</source>
            <translation>به تفکیک پنل</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="97" />
            <source>by service</source>
            <translation>به تفکیک سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/insights/insights_tab.py" line="279" />
            <source>hours</source>
            <translation>ساعت</translation>
        </message>
    </context>
    <context>
        <name>LinkActions</name>
        <message numerus="yes">
            <location filename="../../ui/orders/link_actions.py" line="49" />
            <source>Copied %n link(s).</source>
            <translation>
                <numerusform>%Ln لینک کپی شد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/link_actions.py" line="43" />
            <source>Copied %n order id(s).</source>
            <translation>
                <numerusform>%Ln شناسه‌ی سفارش کپی شد.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="67" />
            <source>&amp;Find</source>
            <translation>&amp;جستجو</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="98" />
            <source>&amp;Panel</source>
            <translation>&amp;پنل</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="52" />
            <source>&amp;Panels…</source>
            <translation>&amp;پنل‌ها…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="68" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="58" />
            <source>&amp;Refresh services</source>
            <translation>به‌روزرسانی &amp;سرویس‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="105" />
            <source>&amp;Services</source>
            <translation>&amp;سرویس‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="116" />
            <source>Insights</source>
            <translation>بینش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="371" />
            <source>Key kept for this session only</source>
            <translation>کلید فقط برای همین اجرا نگه داشته شده</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="373" />
            <source>Key saved in an unencrypted file</source>
            <translation>کلید در فایل رمزنگاری‌نشده ذخیره شده</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="113" />
            <source>Market</source>
            <translation>بازار</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="104" />
            <source>New order</source>
            <translation>سفارش جدید</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="299" />
            <source>No panel</source>
            <translation>بدون پنل</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="109" />
            <source>Orders</source>
            <translation>سفارش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="72" />
            <source>Panel</source>
            <translation>پنل</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="76" />
            <source>Panel: </source>
            <translation>پنل: </translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="55" />
            <source>Pr&amp;eferences…</source>
            <translation>&amp;ترجیحات…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="345" />
            <source>Preferences saved: they apply the next time SMM Desk starts.</source>
            <translation>ترجیحات ذخیره شد: از اجرای بعدی SMM Desk اعمال می‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="65" />
            <source>Refresh &amp;balance</source>
            <translation>به‌روزرسانی &amp;موجودی</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="62" />
            <source>Refresh this &amp;tab</source>
            <translation>به‌روزرسانی این &amp;زبانه</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="100" />
            <location filename="../../ui/shell/self_test.py" line="109" />
            <source>Services</source>
            <translation>سرویس‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="83" />
            <source>The panel you are working with</source>
            <translation>پنلی که با آن کار می‌کنید</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window_chrome.py" line="122" />
            <source>Working in the background…</source>
            <translation>در حال کار در پس‌زمینه…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="355" />
            <source>{name} (no API key)</source>
            <translation>{name} (بدون کلید API)</translation>
        </message>
    </context>
    <context>
        <name>MarketEntriesModel</name>
        <message>
            <location filename="../../ui/market/market_list.py" line="315" />
            <source>Average time</source>
            <translation>زمان میانگین</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="307" />
            <source>ID</source>
            <translation>شناسه</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="311" />
            <source>Min – max</source>
            <translation>کمینه – بیشینه</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="313" />
            <source>Name says</source>
            <translation>نام می‌گوید</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="314" />
            <source>Options</source>
            <translation>امکانات</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="306" />
            <source>Panel</source>
            <translation>پنل</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="309" />
            <source>Panel's rate</source>
            <translation>نرخ پنل</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="310" />
            <source>Per 1000</source>
            <translation>هر ۱۰۰۰</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="334" />
            <source>Per 1000 ({currency})</source>
            <translation>هر ۱۰۰۰ ({currency})</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="312" />
            <source>Refill</source>
            <translation>ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="308" />
            <source>Service</source>
            <translation>سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="423" />
            <source>currency unknown</source>
            <translation>ارز نامعلوم</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="421" />
            <source>no rate</source>
            <translation>بی‌نرخ</translation>
        </message>
    </context>
    <context>
        <name>MarketFilterBar</name>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="112" />
            <source>All platforms</source>
            <translation>همهٔ پلتفرم‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="47" />
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="43" />
            <source>Drip-feed</source>
            <translation>تدریجی</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="115" />
            <source>Everything delivered</source>
            <translation>همهٔ انواع تحویل</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="34" />
            <source>Filter by words in the offer, service name, category, id or panel</source>
            <translation>پالایش با واژه‌های پیشنهاد، نام سرویس، دسته، شناسه یا پنل</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="61" />
            <source>Offers:</source>
            <translation>امکانات:</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="53" />
            <source>Only offers you can compare between panels</source>
            <translation>فقط پیشنهادهایی که میان پنل‌ها قابل مقایسه‌اند</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="50" />
            <source>Only services that offer this</source>
            <translation>فقط سرویس‌هایی که این را دارند</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="45" />
            <source>Refill</source>
            <translation>ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="42" />
            <source>Show one delivered thing only</source>
            <translation>فقط یک نوع تحویل</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="39" />
            <source>Show one platform only</source>
            <translation>فقط یک پلتفرم</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_filter_bar.py" line="51" />
            <source>Sold by two or more panels</source>
            <translation>فروش در دو پنل یا بیشتر</translation>
        </message>
    </context>
    <context>
        <name>MarketGroupsModel</name>
        <message>
            <location filename="../../ui/market/market_list.py" line="90" />
            <source>(not recognised)</source>
            <translation>(شناخته نشد)</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="83" />
            <source>Audience</source>
            <translation>مخاطب</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="87" />
            <source>Cheapest at</source>
            <translation>ارزان‌ترین در</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="86" />
            <source>Cheapest per 1000</source>
            <translation>ارزان‌ترین هر ۱۰۰۰</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="82" />
            <source>Offer</source>
            <translation>پیشنهاد</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="84" />
            <source>Panels</source>
            <translation>پنل‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="88" />
            <source>Refill</source>
            <translation>ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_list.py" line="85" />
            <source>Services</source>
            <translation>سرویس‌ها</translation>
        </message>
    </context>
    <context>
        <name>MarketPrices</name>
        <message>
            <location filename="../../ui/market/price_words.py" line="49" />
            <source>Converted at 1 {source} = {rate} {target}, your rate of {date}</source>
            <translation>تبدیل‌شده با ۱ {source} = {rate} {target}، نرخ شما در {date}</translation>
        </message>
        <message>
            <location filename="../../ui/market/price_words.py" line="58" />
            <source>No exchange rate from {currency}: set one in Preferences</source>
            <translation>نرخ تبدیلی از {currency} نیست: در «تنظیمات» یکی بگذارید</translation>
        </message>
        <message>
            <location filename="../../ui/market/price_words.py" line="62" />
            <source>The panel's currency is not known: state it in Panels</source>
            <translation>ارز پنل معلوم نیست: آن را در «پنل‌ها» بنویسید</translation>
        </message>
        <message>
            <location filename="../../ui/market/price_words.py" line="66" />
            <source>The panel's rate could not be read</source>
            <translation>نرخ پنل خوانده نشد</translation>
        </message>
    </context>
    <context>
        <name>MarketTab</name>
        <message>
            <location filename="../../ui/market/market_tab.py" line="298" />
            <location filename="../../ui/market/market_tab.py" line="316" />
            <source>, </source>
            <comment>list separator</comment>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="299" />
            <source>1 {source} = {rate} {target} ({date})</source>
            <translation>۱ {source} = {rate} {target} ({date})</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="95" />
            <source>Group the panels' saved catalogues again (after refreshing their services)</source>
            <translation>گروه‌بندی دوبارهٔ فهرست‌های ذخیره‌شدهٔ پنل‌ها (پس از تازه‌سازی سرویس‌هایشان)</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="152" />
            <location filename="../../ui/market/market_tab.py" line="215" />
            <source>Grouping the panels' saved catalogues…</source>
            <translation>در حال گروه‌بندی فهرست‌های ذخیره‌شدهٔ پنل‌ها…</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="334" />
            <location filename="../../ui/market/market_tab.py" line="335" />
            <source>No offer matches the filter.</source>
            <translation>هیچ پیشنهادی با پالایش جور نیست.</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="273" />
            <source>No panel has a saved catalogue yet. Open Services and refresh each panel's services (switch panels with the Panel list), then come back here.</source>
            <translation>هنوز هیچ پنلی فهرست سرویس ذخیره‌شده ندارد. «سرویس‌ها» را باز کنید و سرویس‌های هر پنل را تازه کنید (با فهرست پنل، پنل را عوض کنید)، سپس به اینجا برگردید.</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="271" />
            <source>No panel is saved yet: add your panels in Panels.</source>
            <translation>هنوز پنلی ذخیره نشده است: پنل‌هایتان را در «پنل‌ها» بیفزایید.</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="285" />
            <source>No panel's currency is known yet, so prices are not compared: check each panel's balance, or state its currency in Panels.</source>
            <translation>هنوز ارز هیچ پنلی معلوم نیست، پس قیمت‌ها مقایسه نمی‌شوند: موجودی هر پنل را بگیرید یا ارزش را در «پنل‌ها» بنویسید.</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="319" />
            <source>Not included, no saved catalogue yet (refresh its services first): {names}</source>
            <translation>در نظر گرفته نشد، چون هنوز فهرست ذخیره‌شده ندارد (اول سرویس‌هایش را تازه کنید): {names}</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="137" />
            <source>Open New order on this panel with this service</source>
            <translation>باز کردن سفارش جدید در این پنل با این سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="135" />
            <source>Order this</source>
            <translation>سفارش همین</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="294" />
            <source>Prices per 1000 in {currency}, the currency most of your panels use (choose another in Preferences).</source>
            <translation>قیمت هر ۱۰۰۰ به {currency}، ارزی که بیشتر پنل‌هایتان دارند (ارز دیگری را در «تنظیمات» برگزینید).</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="289" />
            <source>Prices per 1000 in {currency}.</source>
            <translation>قیمت هر ۱۰۰۰ به {currency}.</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="92" />
            <source>Update</source>
            <translation>به‌روزرسانی</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="328" />
            <source>{offers} offers, {services} services</source>
            <translation>{offers} پیشنهاد، {services} سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/market/market_tab.py" line="307" />
            <source>≈ converted with your rates: {rates}.</source>
            <translation>≈ تبدیل‌شده با نرخ‌های شما: {rates}.</translation>
        </message>
    </context>
    <context>
        <name>MarketWords</name>
        <message numerus="yes">
            <location filename="../../ui/market/offer_words.py" line="147" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%Ln روز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/market/offer_words.py" line="172" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%Ln دقیقه</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="97" />
            <source>Africa</source>
            <translation>آفریقا</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="47" />
            <source>Aparat</source>
            <translation>آپارات</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="34" />
            <source>Apple Music</source>
            <translation>اپل موزیک</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="93" />
            <source>Arab</source>
            <translation>عرب</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="96" />
            <source>Asia</source>
            <translation>آسیا</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="36" />
            <source>Audiomack</source>
            <translation>آدیومک</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="59" />
            <source>Bigo Live</source>
            <translation>بیگو لایو</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="56" />
            <source>Bluesky</source>
            <translation>بلواسکای</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="48" />
            <source>Boomplay</source>
            <translation>بوم‌پلی</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="103" />
            <source>Brazil</source>
            <translation>برزیل</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="44" />
            <source>Clubhouse</source>
            <translation>کلاب‌هاوس</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="54" />
            <source>Dailymotion</source>
            <translation>دیلی‌موشن</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="35" />
            <source>Deezer</source>
            <translation>دیزر</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="24" />
            <source>Discord</source>
            <translation>دیسکورد</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="62" />
            <source>Dzen</source>
            <translation>دزن</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="46" />
            <source>Eitaa</source>
            <translation>ایتا</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="94" />
            <source>Europe</source>
            <translation>اروپا</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="19" />
            <source>Facebook</source>
            <translation>فیسبوک</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="107" />
            <source>France</source>
            <translation>فرانسه</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="106" />
            <source>Germany</source>
            <translation>آلمان</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="60" />
            <source>GitHub</source>
            <translation>گیت‌هاب</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="38" />
            <source>Google</source>
            <translation>گوگل</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="211" />
            <source>Grouped as one offer: platform {platform}; delivered {delivered}; on {target}; audience {audience}; order form {form}</source>
            <translation>یک پیشنهاد به حساب آمد: پلتفرم {platform}؛ تحویل {delivered}؛ روی {target}؛ مخاطب {audience}؛ فرم سفارش {form}</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="62" />
            <source>IGTV</source>
            <translation>IGTV</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="102" />
            <source>India</source>
            <translation>هند</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="105" />
            <source>Indonesia</source>
            <translation>اندونزی</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="15" />
            <source>Instagram</source>
            <translation>اینستاگرام</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="98" />
            <source>Iran</source>
            <translation>ایران</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="31" />
            <source>Kick</source>
            <translation>کیک</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="40" />
            <source>Kwai</source>
            <translation>کوای</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="95" />
            <source>Latin America</source>
            <translation>آمریکای لاتین</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="41" />
            <source>Likee</source>
            <translation>لایکی</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="26" />
            <source>LinkedIn</source>
            <translation>لینکدین</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="61" />
            <source>Mixcloud</source>
            <translation>میکس‌کلاد</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="208" />
            <source>Not grouped with any other service: its name does not say enough.</source>
            <translation>با هیچ سرویس دیگری گروه نشد: نامش به اندازهٔ کافی نمی‌گوید.</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="51" />
            <source>Odnoklassniki</source>
            <translation>اودنوکلاسنیکی</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="29" />
            <source>Pinterest</source>
            <translation>پینترست</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="42" />
            <source>Quora</source>
            <translation>کورا</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="30" />
            <source>Reddit</source>
            <translation>ردیت</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="49" />
            <source>Roblox</source>
            <translation>روبلاکس</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="45" />
            <source>Rubika</source>
            <translation>روبیکا</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="33" />
            <source>Rumble</source>
            <translation>رامبل</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="104" />
            <source>Russia</source>
            <translation>روسیه</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="52" />
            <source>Rutube</source>
            <translation>روتیوب</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="108" />
            <source>Saudi Arabia</source>
            <translation>عربستان</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="37" />
            <source>Shazam</source>
            <translation>شزم</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="58" />
            <source>Shopee</source>
            <translation>شاپی</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="28" />
            <source>Snapchat</source>
            <translation>اسنپ‌چت</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="25" />
            <source>SoundCloud</source>
            <translation>ساندکلاد</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="21" />
            <source>Spotify</source>
            <translation>اسپاتیفای</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="18" />
            <source>Telegram</source>
            <translation>تلگرام</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="22" />
            <source>Threads</source>
            <translation>تردز</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="55" />
            <source>Tidal</source>
            <translation>تایدال</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="16" />
            <source>TikTok</source>
            <translation>تیک‌تاک</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="57" />
            <source>Trovo</source>
            <translation>تروو</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="43" />
            <source>Trustpilot</source>
            <translation>تراست‌پایلت</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="50" />
            <source>Tumblr</source>
            <translation>تامبلر</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="101" />
            <source>Turkey</source>
            <translation>ترکیه</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="23" />
            <source>Twitch</source>
            <translation>توییچ</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="109" />
            <source>UAE</source>
            <translation>امارات</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="100" />
            <source>UK</source>
            <translation>بریتانیا</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="99" />
            <source>USA</source>
            <translation>آمریکا</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="32" />
            <source>VK</source>
            <translation>وی‌کی</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="53" />
            <source>Vimeo</source>
            <translation>ویمئو</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="39" />
            <source>Website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="27" />
            <source>WhatsApp</source>
            <translation>واتساپ</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="20" />
            <source>X (Twitter)</source>
            <translation>ایکس (توییتر)</translation>
        </message>
        <message>
            <location filename="../../ui/common/platform_names.py" line="17" />
            <source>YouTube</source>
            <translation>یوتیوب</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="49" />
            <source>account</source>
            <translation>حساب</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="77" />
            <source>active</source>
            <translation>فعال</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="65" />
            <source>album</source>
            <translation>آلبوم</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="57" />
            <source>channel</source>
            <translation>کانال</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="78" />
            <source>cheapest</source>
            <translation>ارزان‌ترین</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="56" />
            <source>comment</source>
            <translation>کامنت</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="25" />
            <source>comments</source>
            <translation>کامنت</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="42" />
            <source>connections</source>
            <translation>کانکشن</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="23" />
            <source>dislikes</source>
            <translation>دیس‌لایک</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="44" />
            <source>downloads</source>
            <translation>دانلود</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="45" />
            <source>engagement</source>
            <translation>تعامل</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="79" />
            <location filename="../../ui/market/offer_words.py" line="85" />
            <source>female</source>
            <translation>خانم</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="21" />
            <source>followers</source>
            <translation>فالوور</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="92" />
            <source>foreign</source>
            <translation>خارجی</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="41" />
            <source>friends</source>
            <translation>دوست</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="167" />
            <source>from {source}</source>
            <translation>از {source}</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="58" />
            <source>group</source>
            <translation>گروه</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="73" />
            <source>high quality</source>
            <translation>کیفیت بالا</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="33" />
            <source>impressions</source>
            <translation>ایمپرشن</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="75" />
            <source>instant</source>
            <translation>فوری</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="196" />
            <source>instant start</source>
            <translation>شروع فوری</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="146" />
            <source>lifetime</source>
            <translation>مادام‌العمر</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="22" />
            <source>likes</source>
            <translation>لایک</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="39" />
            <source>listeners</source>
            <translation>شنونده</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="55" />
            <source>live stream</source>
            <translation>پخش زنده</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="43" />
            <source>live viewers</source>
            <translation>بینندهٔ زنده</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="76" />
            <source>low quality</source>
            <translation>کیفیت پایین</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="80" />
            <location filename="../../ui/market/offer_words.py" line="86" />
            <source>male</source>
            <translation>آقا</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="26" />
            <source>members</source>
            <translation>ممبر</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="37" />
            <source>mentions</source>
            <translation>منشن</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="144" />
            <source>no refill</source>
            <translation>بی‌ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="71" />
            <source>non-drop</source>
            <translation>بدون ریزش</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="206" />
            <source>not stated</source>
            <translation>نگفته</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="241" />
            <source>order form not known</source>
            <translation>فرم سفارش ناشناخته</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="60" />
            <source>playlist</source>
            <translation>پلی‌لیست</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="32" />
            <source>plays</source>
            <translation>پخش</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="63" />
            <source>poll</source>
            <translation>نظرسنجی</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="50" />
            <source>post</source>
            <translation>پست</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="74" />
            <source>premium</source>
            <translation>پریمیوم</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="30" />
            <source>reactions</source>
            <translation>ری‌اکشن</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="72" />
            <source>real</source>
            <translation>واقعی</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="51" />
            <source>reel</source>
            <translation>ریلز</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="35" />
            <location filename="../../ui/market/offer_words.py" line="36" />
            <source>reposts</source>
            <translation>بازنشر</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="40" />
            <source>reviews</source>
            <translation>نظر</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="29" />
            <source>saves</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="28" />
            <source>shares</source>
            <translation>اشتراک‌گذاری</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="54" />
            <source>short</source>
            <translation>شورتز</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="66" />
            <source>space</source>
            <translation>اسپیس</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/market/offer_words.py" line="180" />
            <source>starts within %n hour(s)</source>
            <translation>
                <numerusform>شروع تا %Ln ساعت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/market/offer_words.py" line="181" />
            <source>starts within %n min</source>
            <translation>
                <numerusform>شروع تا %Ln دقیقه</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="52" />
            <source>story</source>
            <translation>استوری</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="27" />
            <source>subscribers</source>
            <translation>سابسکرایبر</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="59" />
            <source>track</source>
            <translation>آهنگ</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="61" />
            <source>tweet</source>
            <translation>توییت</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="53" />
            <source>video</source>
            <translation>ویدیو</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="24" />
            <source>views</source>
            <translation>بازدید</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="38" />
            <source>visits</source>
            <translation>بازدید سایت</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="31" />
            <source>votes</source>
            <translation>رأی</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="34" />
            <source>watch time</source>
            <translation>زمان تماشا</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="64" />
            <source>website</source>
            <translation>وب‌سایت</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="91" />
            <source>worldwide</source>
            <translation>جهانی</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="190" />
            <source>{count}/day</source>
            <translation>{count} در روز</translation>
        </message>
        <message>
            <location filename="../../ui/market/offer_words.py" line="230" />
            <source>{platform} {delivered}</source>
            <translation>{delivered} {platform}</translation>
        </message>
    </context>
    <context>
        <name>MassOrderPanel</name>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="294" />
            <source>%Ln line(s) with a warning will be sent all the same: {lines}.</source>
            <translation>
                <numerusform>%Ln خط دارای هشدار با این حال فرستاده می‌شود: {lines}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="223" />
            <source>%Ln line(s) with problems will be skipped</source>
            <translation>
                <numerusform>%Ln خط دارای مشکل کنار گذاشته می‌شود</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="288" />
            <source>%Ln line(s) with problems will be skipped.</source>
            <translation>
                <numerusform>%Ln خط دارای مشکل کنار گذاشته می‌شود.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="214" />
            <source>%Ln order(s) to send, estimated total {total}</source>
            <translation>
                <numerusform>%Ln سفارش برای ارسال، جمع تخمینی {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="36" />
            <source>(not saved on this computer: {reason}; note this result)</source>
            <translation>(در این رایانه ذخیره نشد: {reason}؛ این نتیجه را یادداشت کنید)</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="220" />
            <source>(some lines have no price: the total is incomplete)</source>
            <translation>(برخی خطوط قیمت ندارند: جمع کامل نیست)</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="278" />
            <location filename="../../ui/new_order/mass_order_panel.py" line="298" />
            <source>, </source>
            <comment>list separator</comment>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="402" />
            <source>; </source>
            <comment>list separator</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="94" />
            <source>Check / result</source>
            <translation>بررسی / نتیجه</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="93" />
            <source>Estimate</source>
            <translation>هزینه‌ی تخمینی</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="284" />
            <source>Estimated total: {total}</source>
            <translation>جمع تخمینی: {total}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="33" />
            <source>Failed: {reason}</source>
            <translation>ناموفق: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="104" />
            <source>For orders marked unknown the panel may have placed them: check on the panel before sending them again.</source>
            <translation>سفارش‌هایی که «نامعلوم» هستند شاید در پنل ثبت شده باشند: پیش از ارسال دوباره، در پنل بررسی کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="89" />
            <source>Line</source>
            <translation>خط</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="99" />
            <source>Line {line}: order {id} was placed, but it could not be saved on this computer: note the id.</source>
            <translation>خط {line}: سفارش {id} ثبت شد، اما در این رایانه ذخیره نشد: شناسه را یادداشت کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="91" />
            <source>Link</source>
            <translation>لینک</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="218" />
            <source>No line is ready to send</source>
            <translation>هیچ خطی آماده‌ی ارسال نیست</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="45" />
            <source>Not sent</source>
            <translation>ارسال نشد</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="188" />
            <source>OK</source>
            <translation>درست</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="81" />
            <source>One order per line: service id|link|quantity
e.g. 123|https://instagram.com/p/abc|1000</source>
            <translation>در هر خط یک سفارش: شناسه‌ی سرویس|لینک|تعداد
مثلاً ⁦123|https://instagram.com/p/abc|1000⁩</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="273" />
            <source>Ordered recently</source>
            <translation>به‌تازگی سفارش داده شده</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="27" />
            <source>Placed: order {id}</source>
            <translation>ثبت شد: سفارش {id}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="92" />
            <source>Quantity</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="251" />
            <source>Send</source>
            <translation>ارسال</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="283" />
            <source>Send %Ln order(s), one by one?</source>
            <translation>
                <numerusform>%Ln سفارش، یکی‌یکی ارسال شود؟</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="125" />
            <source>Send orders…</source>
            <translation>ارسال سفارش‌ها…</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="300" />
            <source>Send the orders</source>
            <translation>ارسال سفارش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="90" />
            <source>Service</source>
            <translation>سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="128" />
            <location filename="../../ui/new_order/mass_order_panel.py" line="417" />
            <source>Stop after this line</source>
            <translation>توقف پس از این خط</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="58" />
            <source>Stopped as you asked. The remaining lines were not sent.</source>
            <translation>طبق درخواست شما متوقف شد. خطوط باقی‌مانده فرستاده نشدند.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="56" />
            <source>Stopped: not enough funds on the panel. The remaining lines were not sent.</source>
            <translation>متوقف شد: موجودی پنل کافی نیست. خطوط باقی‌مانده فرستاده نشدند.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="75" />
            <source>Stopped: the last answer could not be saved on this computer, so nothing more was sent. Note the result shown on that line.</source>
            <translation>متوقف شد: پاسخ آخر در این رایانه ذخیره نشد، پس چیز دیگری فرستاده نشد. نتیجه‌ای را که در آن خط آمده یادداشت کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="51" />
            <source>Stopped: the next order could not be written down on this computer, so it was not sent, nor were the lines after it. {reason}</source>
            <translation>متوقف شد: سفارش بعدی در این رایانه ثبت نشد، پس نه آن فرستاده شد و نه خطوط پس از آن. {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="70" />
            <source>Stopped: the panel refused the API key. Check the key in Panels; the remaining lines were not sent.</source>
            <translation>متوقف شد: پنل کلید API را نپذیرفت. کلید را در «پنل‌ها» بررسی کنید؛ خطوط باقی‌مانده فرستاده نشدند.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="65" />
            <source>Stopped: the panel says too many requests were sent. Wait a few minutes; the remaining lines were not sent.</source>
            <translation>متوقف شد: پنل می‌گوید درخواست‌ها بیش از حد بوده است. چند دقیقه صبر کنید؛ خطوط باقی‌مانده فرستاده نشدند.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="60" />
            <source>Stopped: the panel's answer to the last line never came, so the panel may be in trouble. The remaining lines were not sent.</source>
            <translation>متوقف شد: پاسخ پنل به خط آخر نرسید، پس شاید پنل مشکل داشته باشد. خطوط باقی‌مانده فرستاده نشدند.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="335" />
            <source>Stopping…</source>
            <translation>در حال توقف…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="366" />
            <source>The %Ln sent line(s) were taken out of the list (Undo in the text puts them back).</source>
            <translation>
                <numerusform>%Ln خط ارسال‌شده از فهرست برداشته شد (واگرد در متن آن‌ها را برمی‌گرداند).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="232" />
            <source>The estimated total is more than your balance ({balance}): the panel will stop accepting orders when the funds run out.</source>
            <translation>جمع تخمینی از موجودی شما ({balance}) بیشتر است: وقتی موجودی تمام شود، پنل دیگر سفارش نمی‌پذیرد.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="167" />
            <source>The services are not loaded yet.</source>
            <translation>سرویس‌ها هنوز بارگذاری نشده‌اند.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_order_panel.py" line="275" />
            <source>These lines repeat a service and link ordered in the last hour: {lines}. Send them again anyway?</source>
            <translation>این خطوط همان سرویس و لینکی را دارند که در یک ساعت گذشته سفارش داده شده است: {lines}. باز هم ارسال شوند؟</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="29" />
            <source>Unknown: the panel may have placed it; check on the panel</source>
            <translation>نامعلوم: شاید پنل آن را ثبت کرده باشد؛ در پنل بررسی کنید</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/mass_outcome_text.py" line="85" />
            <source>{placed} placed, {failed} failed, {unknown} unknown.</source>
            <translation>{placed} ثبت‌شده، {failed} ناموفق، {unknown} نامعلوم.</translation>
        </message>
    </context>
    <context>
        <name>NewOrderTab</name>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="372" />
            <source> · </source>
            <comment>facts separator</comment>
            <translation> · </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="408" />
            <source>Choose a service first.</source>
            <translation>اول یک سرویس انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="391" />
            <location filename="../../ui/new_order/order_confirmation.py" line="41" />
            <source>Estimated charge: {amount}</source>
            <translation>هزینه‌ی تخمینی: {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="385" />
            <source>Estimated charge: —  ({reason})</source>
            <translation>هزینه‌ی تخمینی: —  ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="247" />
            <source>Filled in from an earlier order: check it, then place it.</source>
            <translation>از روی یک سفارش قبلی پر شد: بررسی کنید و بعد ثبت کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_confirmation.py" line="32" />
            <source>Link: {link}</source>
            <translation>لینک: {link}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="178" />
            <source>Mass order</source>
            <translation>سفارش گروهی</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="354" />
            <source>New order</source>
            <translation>سفارش جدید</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_outcome_text.py" line="79" />
            <source>Nothing was sent. {title}: {message}</source>
            <translation>چیزی فرستاده نشد. {title}: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="309" />
            <source>Order again</source>
            <translation>سفارش دوباره</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_outcome_text.py" line="42" />
            <source>Order placed. The panel's order id is {id}.</source>
            <translation>سفارش ثبت شد. شناسه‌ی سفارش در پنل {id} است.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_outcome_text.py" line="90" />
            <source>Order {id} was placed, but it could not be saved on this computer: note the id. ({reason})</source>
            <translation>سفارش {id} ثبت شد، اما در این رایانه ذخیره نشد: شناسه را یادداشت کنید. ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="277" />
            <source>Ordered recently</source>
            <translation>به‌تازگی سفارش داده شده</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="343" />
            <source>Orders cannot be placed on this panel now: {problem}</source>
            <translation>اکنون نمی‌توان در این پنل سفارش داد: {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="309" />
            <source>Place order</source>
            <translation>ثبت سفارش</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="137" />
            <location filename="../../ui/new_order/new_order_tab.py" line="427" />
            <source>Place order…</source>
            <translation>ثبت سفارش…</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="140" />
            <source>Place the order (Ctrl+Enter)</source>
            <translation>ثبت سفارش (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="288" />
            <source>Place this order?</source>
            <translation>این سفارش ثبت شود؟</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="291" />
            <source>Sending the order…</source>
            <translation>در حال ارسال سفارش…</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="427" />
            <source>Sending…</source>
            <translation>در حال ارسال…</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="232" />
            <source>Service {id} of that order is not in this panel's list any more.</source>
            <translation>سرویس {id} آن سفارش دیگر در فهرست این پنل نیست.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_confirmation.py" line="26" />
            <source>Service: {id} · {name}</source>
            <translation>سرویس: {id} · {name}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="406" />
            <source>Set the panel's API key in Panels first.</source>
            <translation>اول کلید API پنل را در «پنل‌ها» وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="133" />
            <source>Show in Orders</source>
            <translation>نمایش در سفارش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="177" />
            <source>Single order</source>
            <translation>سفارش تکی</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_outcome_text.py" line="66" />
            <source>Something went wrong while sending the order: the panel may have placed it. Check on the panel before ordering again; it is listed in Orders. ({reason})</source>
            <translation>هنگام فرستادن سفارش مشکلی پیش آمد: شاید پنل آن را ثبت کرده باشد. پیش از سفارش دوباره در پنل بررسی کنید؛ در «سفارش‌ها» آمده است. ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="241" />
            <source>The earlier order's parameters cannot be read: only its link is filled in.</source>
            <translation>پارامترهای سفارش قبلی خوانا نیستند: فقط لینک آن پر شد.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_outcome_text.py" line="102" />
            <source>The order was not placed ({title}: {message}), but this could not be saved on this computer: Orders will list it as unknown. ({reason})</source>
            <translation>سفارش ثبت نشد ({title}: {message})، اما این در این رایانه ذخیره نشد: «سفارش‌ها» آن را نامعلوم نشان خواهد داد. ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_outcome_text.py" line="57" />
            <source>The order was not placed. {title}: {message}</source>
            <translation>سفارش ثبت نشد. {title}: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_outcome_text.py" line="95" />
            <source>The outcome of this order is unknown: the panel may have placed it. Check on the panel before ordering again. This could not be saved on this computer either. ({reason})</source>
            <translation>نتیجه‌ی این سفارش نامعلوم است: شاید پنل آن را ثبت کرده باشد. پیش از سفارش دوباره در پنل بررسی کنید. این موضوع در این رایانه هم ذخیره نشد. ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_outcome_text.py" line="50" />
            <source>The outcome of this order is unknown: the panel may have placed it. Check on the panel before ordering again; it is listed in Orders as "Unknown – check panel". It will not be sent again by itself.</source>
            <translation>نتیجه‌ی این سفارش نامعلوم است: شاید پنل آن را ثبت کرده باشد. پیش از سفارش دوباره در پنل بررسی کنید؛ در «سفارش‌ها» با وضعیت «نامعلوم – در پنل بررسی کنید» آمده است. این سفارش خودبه‌خود دوباره فرستاده نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="399" />
            <source>This is more than your balance ({balance}): the panel will refuse the order unless you add funds.</source>
            <translation>این مبلغ از موجودی شما ({balance}) بیشتر است: تا حساب را شارژ نکنید، پنل سفارش را نمی‌پذیرد.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_confirmation.py" line="48" />
            <source>Total quantity: {quantity}</source>
            <translation>تعداد کل: {quantity}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/new_order_tab.py" line="279" />
            <source>You ordered this service for this link %Ln time(s) in the last hour. Order it again?</source>
            <translation>
                <numerusform>در یک ساعت گذشته %Ln بار این سرویس را برای این لینک سفارش داده‌اید. دوباره سفارش می‌دهید؟</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/new_order_tab.py" line="338" />
            <source>{title}. {message}</source>
            <translation>{title}. {message}</translation>
        </message>
    </context>
    <context>
        <name>OrderButtons</name>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="83" />
            <source>All orders shown…</source>
            <translation>همه‌ی سفارش‌های نمایش‌داده‌شده…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="32" />
            <source>Ask the panel to cancel the selected orders</source>
            <translation>درخواست لغو سفارش‌های انتخاب‌شده از پنل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="27" />
            <source>Ask the panel to refill the selected orders</source>
            <translation>درخواست ریفیل سفارش‌های انتخاب‌شده از پنل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="31" />
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="35" />
            <source>Copy ID</source>
            <translation>کپی شناسه</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="38" />
            <source>Copy link</source>
            <translation>کپی لینک</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="35" />
            <source>Copy the selected order ids</source>
            <translation>کپی شناسه‌ی سفارش‌های انتخاب‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="38" />
            <source>Copy the selected orders' links</source>
            <translation>کپی لینک سفارش‌های انتخاب‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="78" />
            <source>Export CSV</source>
            <translation>خروجی CSV</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="100" />
            <source>Follow orders placed on the panel's website or elsewhere, by their ids</source>
            <translation>پیگیری سفارش‌هایی که در سایت پنل یا جای دیگری ثبت شده‌اند، با شناسه‌شان</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="50" />
            <source>Found on the panel…</source>
            <translation>در پنل پیدا شد…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="65" />
            <location filename="../../ui/orders/order_buttons.py" line="151" />
            <source>Hide</source>
            <translation>پنهان کردن</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="58" />
            <source>Not placed…</source>
            <translation>ثبت نشد…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="46" />
            <source>Open New order filled in like this order</source>
            <translation>باز کردن «سفارش جدید» با مشخصات همین سفارش</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="41" />
            <source>Open link</source>
            <translation>باز کردن لینک</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="41" />
            <source>Open the link in your browser</source>
            <translation>باز کردن لینک در مرورگر</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="90" />
            <source>Order id(s) placed elsewhere</source>
            <translation>شناسه‌ی سفارش‌هایی که جای دیگری ثبت شده‌اند</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="26" />
            <source>Refill</source>
            <translation>ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="75" />
            <source>Remove orders tracked by id or never placed from the list</source>
            <translation>حذف سفارش‌هایی که با شناسه پیگیری شده‌اند یا هرگز ثبت نشده‌اند از فهرست</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="74" />
            <source>Remove…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="45" />
            <source>Repeat…</source>
            <translation>تکرار…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="78" />
            <source>Save orders to a CSV file</source>
            <translation>ذخیره‌ی سفارش‌ها در فایل CSV</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="81" />
            <source>Selected orders…</source>
            <translation>سفارش‌های انتخاب‌شده…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="70" />
            <location filename="../../ui/orders/order_buttons.py" line="151" />
            <source>Show</source>
            <translation>نمایش</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="67" />
            <source>Take the selected orders off the list: kept, no longer checked at refresh (“Show hidden” shows them again)</source>
            <translation>برداشتن سفارش‌های انتخاب‌شده از فهرست: نگه داشته می‌شوند ولی در به‌روزرسانی دیگر بررسی نمی‌شوند («نمایش پنهان‌ها» دوباره نشانشان می‌دهد)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="60" />
            <source>This order's outcome is unknown and it is not on the panel: mark it not placed</source>
            <translation>نتیجه‌ی این سفارش نامعلوم است و در پنل نیست: آن را ثبت‌نشده علامت بزنید</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="52" />
            <source>This order's outcome is unknown and you found it on the panel: enter its id there to follow it here</source>
            <translation>نتیجه‌ی این سفارش نامعلوم است و آن را در پنل پیدا کرده‌اید: شناسه‌اش در پنل را وارد کنید تا اینجا پیگیری شود</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_buttons.py" line="99" />
            <source>Track</source>
            <translation>پیگیری</translation>
        </message>
    </context>
    <context>
        <name>OrderDetail</name>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="144" />
            <source>(no id)</source>
            <translation>(بدون شناسه)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="235" />
            <source>Cancel refused</source>
            <translation>لغو رد شد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="234" />
            <source>Cancel requested</source>
            <translation>درخواست لغو</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="154" />
            <source>Charged: {charge}</source>
            <translation>هزینه‌ی کسرشده: {charge}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="205" />
            <source>Delivered {done} of {quantity}</source>
            <translation>{done} از {quantity} انجام شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="54" />
            <source>Detail</source>
            <translation>جزئیات</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="164" />
            <source>Estimated cost, if the panel placed it: {cost}</source>
            <translation>هزینه‌ی تخمینی، اگر پنل آن را ثبت کرده باشد: {cost}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="158" />
            <source>Estimated cost: {cost}</source>
            <translation>هزینه‌ی تخمینی: {cost}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="236" />
            <source>Hidden from the list (no longer checked)</source>
            <translation>از فهرست پنهان شد (دیگر بررسی نمی‌شود)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="149" />
            <source>Link: {link}</source>
            <translation>لینک: {link}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="227" />
            <source>No answer: outcome unknown</source>
            <translation>بی‌پاسخ: نتیجه نامعلوم</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="226" />
            <source>Not placed</source>
            <translation>ثبت نشد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="179" />
            <source>Not placed: {reason}</source>
            <translation>ثبت نشد: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="46" />
            <source>Open the whole text, with a button to copy it</source>
            <translation>باز کردن کل متن، با دکمه‌ای برای کپی آن</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="120" />
            <source>Order details</source>
            <translation>جزئیات سفارش</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="141" />
            <source>Order {id}: {service}</source>
            <translation>سفارش {id}: {service}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="214" />
            <location filename="../../ui/orders/order_detail.py" line="218" />
            <source>Parameters: {value}</source>
            <translation>پارامترها: {value}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="225" />
            <source>Placed on the panel</source>
            <translation>در پنل ثبت شد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="232" />
            <source>Refill refused</source>
            <translation>ریفیل رد شد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="231" />
            <source>Refill requested</source>
            <translation>درخواست ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="233" />
            <source>Refill status</source>
            <translation>وضعیت ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="184" />
            <source>Refill {id}: {status}</source>
            <translation>ریفیل {id}: {status}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="95" />
            <source>Select an order to see its details and history.</source>
            <translation>برای دیدن جزئیات و سابقه‌ی یک سفارش، آن را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="139" />
            <source>Service {id}</source>
            <translation>سرویس {id}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="44" />
            <source>Show all…</source>
            <translation>نمایش همه…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="237" />
            <source>Shown in the list again</source>
            <translation>دوباره در فهرست نمایش داده شد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="229" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="172" />
            <source>The answer to this order never came: it may or may not have been placed. Look for it on the panel before ordering again. If you find it there, choose “Found on the panel…” below and enter its id; if it is not there, choose “Not placed…”.</source>
            <translation>پاسخ این سفارش هرگز نرسید: شاید ثبت شده باشد، شاید نه. پیش از سفارش دوباره آن را در پنل پیدا کنید. اگر آنجا بود، «در پنل پیدا شد…» را در پایین بزنید و شناسه‌اش را وارد کنید؛ اگر نبود، «ثبت نشد…» را بزنید.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="230" />
            <source>The panel reported</source>
            <translation>گزارش پنل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="181" />
            <source>The panel says: {error}</source>
            <translation>پیام پنل: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="196" />
            <source>Total: {total} ({quantity} in each of {runs} runs)</source>
            <translation>مجموع: {total} ({quantity} در هر یک از {runs} نوبت)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="228" />
            <source>Tracked by its id</source>
            <translation>پیگیری با شناسه</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="54" />
            <source>What</source>
            <translation>رویداد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="54" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="224" />
            <source>Written down, sending</source>
            <translation>ثبت در برنامه، در حال ارسال</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_detail.py" line="186" />
            <source>requested</source>
            <translation>درخواست شده</translation>
        </message>
    </context>
    <context>
        <name>OrderErrors</name>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Choose one of the listed values for {label}.</source>
            <translation>برای «{label}» یکی از گزینه‌های فهرست را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Drip-feed needs both runs and interval: fill in {label} too.</source>
            <translation>دریپ‌فید هم دفعات اجرا و هم فاصله را لازم دارد: «{label}» را هم پر کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Enter the quantity to see the cost.</source>
            <translation>برای دیدن هزینه، تعداد را وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Fill in {label}.</source>
            <translation>«{label}» را پر کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Line {line}: {message}</source>
            <translation>خط {line}: {message}</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Minimum per post ({min}) must not be more than maximum per post ({max}).</source>
            <translation>حداقل برای هر پست ({min}) نباید بیشتر از حداکثر برای هر پست ({max}) باشد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Quantity x runs is {total}, more than this service's maximum of {max}; the panel may refuse it.</source>
            <translation>تعداد × دفعات اجرا {total} می‌شود که از حداکثر این سرویس ({max}) بیشتر است؛ ممکن است پنل آن را نپذیرد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Service {service} is of type "{type}", which needs more than a link and a quantity: order it on its own.</source>
            <translation>سرویس {service} از نوع «{type}» است و به چیزی بیش از لینک و تعداد نیاز دارد: آن را جداگانه سفارش دهید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Subscriptions are charged for each new post as it is served; the cost cannot be known in advance.</source>
            <translation>هزینه‌ی اشتراک برای هر پست جدید هنگام انجام آن کسر می‌شود؛ از پیش نمی‌توان آن را دانست.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>The panel allows no {label} for this service (its minimum is {min}, its maximum {max}). Choose another service.</source>
            <translation>پنل برای این سرویس هیچ {label} مجازی ندارد (حداقل آن {min} و حداکثر آن {max} است). سرویس دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>The panel did not give a readable price for this service.</source>
            <translation>پنل قیمت قابل خواندنی برای این سرویس نداده است.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>The type "{type}" is unknown to this app: only link and quantity will be sent. Check the service's description on the panel.</source>
            <translation>نوع «{type}» برای این برنامه ناشناخته است: فقط لینک و تعداد فرستاده می‌شود. توضیحات سرویس را در پنل بررسی کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>This link is on {link_platform}, but the service is for {service_platform}: check the link before ordering.</source>
            <translation>این لینک در {link_platform} است، اما این سرویس برای {service_platform} است: پیش از سفارش، لینک را بررسی کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>This panel has no service {service}: check the id.</source>
            <translation>این پنل سرویسی با شناسه‌ی {service} ندارد: شناسه را بررسی کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>This service cannot be ordered: the panel lists its minimum ({min}) above its maximum ({max}). Choose another service.</source>
            <translation>این سرویس قابل سفارش نیست: پنل حداقل آن ({min}) را بیشتر از حداکثرش ({max}) اعلام کرده است. سرویس دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>This service does not offer drip-feed: leave {label} empty.</source>
            <translation>این سرویس دریپ‌فید ندارد: «{label}» را خالی بگذارید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>Write the service id, the link and the quantity separated by |, e.g. 123|https://example.com/post|1000.</source>
            <translation>شناسه‌ی سرویس، لینک و تعداد را با | از هم جدا کنید، مثلاً ⁦123|https://example.com/post|1000⁩.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} has {count} lines; this service takes between {min} and {max}: add or remove lines.</source>
            <translation>«{label}» {count} خط دارد؛ این سرویس بین {min} تا {max} می‌پذیرد: خط اضافه یا کم کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} is too large: use at most {digits} digits.</source>
            <translation>{label} بیش از حد بزرگ است: حداکثر {digits} رقم وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} must be a date after today.</source>
            <translation>«{label}» باید تاریخی بعد از امروز باشد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} must be a date.</source>
            <translation>«{label}» باید تاریخ باشد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} must be a single line.</source>
            <translation>«{label}» باید فقط یک خط باشد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} must be a web address starting with https:// (or http://).</source>
            <translation>«{label}» باید آدرس وبی باشد که با ⁦https://⁩ (یا ⁦http://⁩) شروع می‌شود.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} must be a whole number, like 1000.</source>
            <translation>«{label}» باید عدد صحیح باشد، مثلاً ۱۰۰۰.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} must be at least {min}.</source>
            <translation>«{label}» باید دست‌کم {min} باشد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} must be between {min} and {max}.</source>
            <translation>«{label}» باید بین {min} و {max} باشد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} must not contain spaces.</source>
            <translation>«{label}» نباید فاصله داشته باشد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label} repeats some lines (line {lines}); the panel will use each copy.</source>
            <translation>«{label}» خط تکراری دارد (خط {lines})؛ پنل هر نسخه را جداگانه به کار می‌برد.</translation>
        </message>
        <message>
            <location filename="../../core/draft_messages.py" line="0" />
            <source>{label}: line {line} contains a space; put one name per line.</source>
            <translation>«{label}»: خط {line} فاصله دارد؛ در هر خط فقط یک نام بنویسید.</translation>
        </message>
    </context>
    <context>
        <name>OrderForm</name>
        <message numerus="yes">
            <location filename="../../ui/new_order/order_form.py" line="457" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln خط</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="107" />
            <source>Choose a service to see its order form.</source>
            <translation>برای دیدن فرم سفارش، یک سرویس انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="149" />
            <source>Deliver the quantity several times, with a pause between runs. The total delivered and charged is quantity × runs.</source>
            <translation>تعداد را چند بار و با مکث بین هر اجرا تحویل می‌دهد. کل تحویل و هزینه برابر تعداد × دفعات اجراست.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="144" />
            <source>Drip-feed (optional)</source>
            <translation>دریپ‌فید (اختیاری)</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="211" />
            <source>Set a date</source>
            <translation>تعیین تاریخ</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="205" />
            <source>{label} (optional)</source>
            <translation>{label} (اختیاری)</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="45" />
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="459" />
            <source>{lines}: this is the quantity ({min} to {max})</source>
            <translation>{lines}: این همان تعداد است ({min} تا {max})</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="245" />
            <source>{min} to {max}</source>
            <translation>{min} تا {max}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/order_form.py" line="265" />
            <source>{value} (newer panels only)</source>
            <translation>{value} (فقط پنل‌های جدیدتر)</translation>
        </message>
    </context>
    <context>
        <name>OrderNotifier</name>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="52" />
            <source>%n canceled</source>
            <translation>
                <numerusform>%Ln لغو‌شده</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="50" />
            <source>%n completed</source>
            <translation>
                <numerusform>%Ln تکمیل‌شده</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="58" />
            <source>%n finished</source>
            <translation>
                <numerusform>%Ln پایان‌یافته</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="51" />
            <source>%n partial</source>
            <translation>
                <numerusform>%Ln ناقص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="53" />
            <source>%n refunded</source>
            <translation>
                <numerusform>%Ln بازپرداخت‌شده</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_notifier.py" line="88" />
            <source>Order {id}: {status}</source>
            <translation>سفارش {id}: {status}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_notifier.py" line="94" />
            <source>Orders finished</source>
            <translation>سفارش‌ها پایان یافتند</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_notifier.py" line="71" />
            <source>Orders finished: {summary}</source>
            <translation>سفارش‌های پایان‌یافته: {summary}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/order_notifier.py" line="83" />
            <source>SMM Desk</source>
            <translation>SMM Desk</translation>
        </message>
    </context>
    <context>
        <name>OrdersModel</name>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="221" />
            <source>Awaiting</source>
            <translation>در صف انتظار</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="218" />
            <source>Canceled</source>
            <translation>لغو‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="174" />
            <source>Charge</source>
            <translation>هزینه</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="216" />
            <source>Completed</source>
            <translation>تکمیل‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="178" />
            <source>Delivered</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="189" />
            <source>Drip-feed: {quantity} in each of {runs} runs</source>
            <translation>ارسال تدریجی: {quantity} در هر یک از {runs} نوبت</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="223" />
            <source>Error</source>
            <translation>خطا</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="206" />
            <source>Estimated: the panel has not said yet what it charged for this order</source>
            <translation>تخمینی: پنل هنوز نگفته برای این سفارش چقدر کسر کرده است</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="220" />
            <source>Failed</source>
            <translation>ناموفق</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="214" />
            <source>In progress</source>
            <translation>در حال انجام</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="180" />
            <source>Last checked</source>
            <translation>آخرین بررسی</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="172" />
            <source>Link</source>
            <translation>لینک</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="194" />
            <source>Not checked yet</source>
            <translation>هنوز بررسی نشده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="202" />
            <source>Not placed</source>
            <translation>ثبت نشد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="170" />
            <source>Order ID</source>
            <translation>شناسه‌ی سفارش</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="169" />
            <source>Panel</source>
            <translation>پنل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="217" />
            <source>Partial</source>
            <translation>ناقص</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="213" />
            <source>Pending</source>
            <translation>در انتظار</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="168" />
            <source>Placed</source>
            <translation>زمان ثبت</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="215" />
            <source>Processing</source>
            <translation>در حال پردازش</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="173" />
            <source>Quantity</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="187" />
            <source>Reached a final state since you last looked</source>
            <translation>از آخرین باری که دیدید به وضعیت نهایی رسیده است</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="179" />
            <source>Refill</source>
            <translation>ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="219" />
            <source>Refunded</source>
            <translation>بازپرداخت‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="222" />
            <source>Rejected</source>
            <translation>رد‌شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="176" />
            <source>Remains</source>
            <translation>باقی‌مانده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="211" />
            <source>Requested</source>
            <translation>درخواست شده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="195" />
            <source>Sending…</source>
            <translation>در حال ارسال…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="171" />
            <source>Service</source>
            <translation>سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="175" />
            <source>Start count</source>
            <translation>تعداد اولیه</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="177" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="199" />
            <source>The outcome is unknown: the panel may have placed this order. Check on the panel; then choose “Found on the panel…” or “Not placed…”.</source>
            <translation>نتیجه نامعلوم است: شاید پنل این سفارش را ثبت کرده باشد. در پنل بررسی کنید؛ سپس «در پنل پیدا شد…» یا «ثبت نشد…» را بزنید.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="197" />
            <source>Unknown – check panel</source>
            <translation>نامعلوم – در پنل بررسی کنید</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="204" />
            <source>≈ {amount}</source>
            <translation>≈ {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="209" />
            <source>⚠ Unknown order id</source>
            <translation>⚠ شناسه‌ی سفارش برای پنل ناشناخته است</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_model.py" line="208" />
            <source>⚠ {error}</source>
            <translation>⚠ {error}</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <location filename="../../ui/orders/orders_tab.py" line="156" />
            <source>Details…</source>
            <translation>جزئیات…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_tab.py" line="448" />
            <source>{shown} of {total} orders</source>
            <translation>{shown} از {total} سفارش</translation>
        </message>
    </context>
    <context>
        <name>OrdersToolbar</name>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="44" />
            <source> min</source>
            <translation> دقیقه</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="23" />
            <source>All panels</source>
            <translation>همه‌ی پنل‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="34" />
            <source>Ask the panel for the status of every order not finished yet (F5)</source>
            <translation>گرفتن وضعیت همه‌ی سفارش‌های تمام‌نشده از پنل (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="36" />
            <source>Every</source>
            <translation>هر</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="31" />
            <source>Refresh</source>
            <translation>به‌روزرسانی</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="38" />
            <source>Refresh the orders automatically</source>
            <translation>به‌روزرسانی خودکار سفارش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="20" />
            <source>Search by order id, link or service</source>
            <translation>جست‌وجو با شناسه‌ی سفارش، لینک یا سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="28" />
            <source>Show hidden</source>
            <translation>نمایش پنهان‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="26" />
            <source>Show the orders of every panel, not only the active one</source>
            <translation>نمایش سفارش‌های همه‌ی پنل‌ها، نه فقط پنل فعال</translation>
        </message>
        <message>
            <location filename="../../ui/orders/orders_toolbar.py" line="30" />
            <source>Show the orders you hid as well</source>
            <translation>سفارش‌هایی را که پنهان کرده‌اید هم نشان بده</translation>
        </message>
    </context>
    <context>
        <name>PanelCurrencyField</name>
        <message>
            <location filename="../../ui/market/panel_currency_field.py" line="52" />
            <source>As the panel's balance says.</source>
            <translation>همان‌طور که موجودی پنل می‌گوید.</translation>
        </message>
        <message>
            <location filename="../../ui/market/panel_currency_field.py" line="63" />
            <source>The currency must be a short code such as USD or IRT.</source>
            <translation>ارز باید یک کد کوتاه مانند USD یا IRT باشد.</translation>
        </message>
        <message>
            <location filename="../../ui/market/panel_currency_field.py" line="55" />
            <source>The panel has not said its currency: state it to compare its prices.</source>
            <translation>پنل ارزش را نگفته است: برای مقایسهٔ قیمت‌هایش آن را بنویسید.</translation>
        </message>
        <message>
            <location filename="../../ui/market/panel_currency_field.py" line="27" />
            <source>e.g. USD</source>
            <translation>مثلاً USD</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="88" />
            <source>Alerts</source>
            <translation>هشدارها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="56" />
            <source>Calendar:</source>
            <translation>تقویم:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="48" />
            <source>Changes take effect the next time SMM Desk starts.</source>
            <translation>تغییرات از اجرای بعدی SMM Desk اعمال می‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="86" />
            <source>General</source>
            <translation>عمومی</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="47" />
            <source>Gregorian</source>
            <translation>میلادی</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="55" />
            <source>Language:</source>
            <translation>زبان:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="36" />
            <source>Preferences</source>
            <translation>ترجیحات</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="87" />
            <source>Prices</source>
            <translation>قیمت‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="46" />
            <source>Solar Hijri (Jalali)</source>
            <translation>هجری شمسی (جلالی)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="41" />
            <source>System language</source>
            <translation>زبان سیستم</translation>
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="77" />
            <source>A key is kept in memory for this session, not saved.</source>
            <translation>کلید فقط برای همین اجرا در حافظه نگه داشته شده و ذخیره نشده است.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="78" />
            <source>A key is saved in an unencrypted file, as chosen.</source>
            <translation>کلید طبق انتخاب شما در یک فایل رمزنگاری‌نشده ذخیره شده است.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="75" />
            <source>A key is saved in the system keyring.</source>
            <translation>کلید در جاکلیدی سیستم ذخیره شده است.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="73" />
            <source>A key is saved: leave empty to keep it</source>
            <translation>کلید ذخیره شده است: برای نگه داشتن آن، خالی بگذارید</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="117" />
            <source>A panel needs a name and an API URL.</source>
            <translation>پنل به نام و آدرس API نیاز دارد.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="132" />
            <source>API URL:</source>
            <translation>آدرس API:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="134" />
            <source>API key:</source>
            <translation>کلید API:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="69" />
            <source>Add panel</source>
            <translation>افزودن پنل</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="137" />
            <source>Add-funds page:</source>
            <translation>صفحهٔ افزایش موجودی:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="320" />
            <source>Asking the panel for the balance…</source>
            <translation>در حال گرفتن موجودی از پنل…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="64" />
            <source>Checking for a saved key…</source>
            <translation>در حال بررسی کلید ذخیره‌شده…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="167" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="330" />
            <source>Connected. Balance: {amount}</source>
            <translation>متصل شد. موجودی: {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="139" />
            <source>Currency:</source>
            <translation>ارز:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="310" />
            <location filename="../../ui/shell/profiles_dialog.py" line="335" />
            <source>Enter the API key first.</source>
            <translation>اول کلید API را وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="109" />
            <source>Hide</source>
            <translation>پنهان</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="88" />
            <source>Keys are kept in the system keyring ({backend}), encrypted by your operating system, never in SMM Desk's files.</source>
            <translation>کلیدها در جاکلیدی سیستم ({backend}) نگه داشته می‌شوند و سیستم‌عامل آن‌ها را رمزنگاری می‌کند؛ هرگز در فایل‌های SMM Desk نیستند.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="131" />
            <source>Name:</source>
            <translation>نام:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="236" />
            <source>New panel</source>
            <translation>پنل جدید</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="268" />
            <source>New panel (not saved)</source>
            <translation>پنل جدید (ذخیره نشده)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="71" />
            <source>No key is saved for this panel yet.</source>
            <translation>هنوز کلیدی برای این پنل ذخیره نشده است.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="93" />
            <source>No system keyring is available on this computer, so keys are kept in memory for this session only and asked for again next time.</source>
            <translation>این رایانه جاکلیدی سیستمی ندارد، پس کلیدها فقط برای همین اجرا در حافظه نگه داشته می‌شوند و دفعه‌ی بعد دوباره پرسیده می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="57" />
            <source>Panels</source>
            <translation>پنل‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="119" />
            <source>Paste the API key from the panel's API page, then save.</source>
            <translation>کلید API را از صفحهٔ API پنل بچسبانید، سپس ذخیره کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="70" />
            <source>Paste the key from the panel's API page</source>
            <translation>کلید را از صفحه‌ی API پنل بچسبانید</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="136" />
            <source>Proxy:</source>
            <translation>پروکسی:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="71" />
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="283" />
            <source>Remove panel</source>
            <translation>حذف پنل</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="285" />
            <source>Remove the panel “{name}” and its saved key? Orders placed through it stay in the order list.</source>
            <translation>پنل «{name}» و کلید ذخیره‌شده‌اش حذف شود؟ سفارش‌هایی که با آن ثبت شده‌اند در فهرست سفارش‌ها می‌مانند.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="162" />
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="389" />
            <source>Saved, but in an unencrypted file, as chosen: anyone who can read that file can use your panel account. Why: {reason}</source>
            <translation>ذخیره شد، اما طبق انتخاب شما در فایلی رمزنگاری‌نشده: هر کس بتواند آن فایل را بخواند می‌تواند از حساب پنل شما استفاده کند. دلیل: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="394" />
            <source>Saved, but the key is kept for this session only: it will be asked for again next time. Why: {reason}</source>
            <translation>ذخیره شد، اما کلید فقط برای همین اجرا نگه داشته می‌شود و دفعه‌ی بعد دوباره پرسیده می‌شود. دلیل: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="370" />
            <source>Saving…</source>
            <translation>در حال ذخیره…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="41" />
            <location filename="../../ui/shell/profile_key_field.py" line="109" />
            <source>Show</source>
            <translation>نمایش</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="123" />
            <source>Test connection</source>
            <translation>آزمایش اتصال</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profile_key_field.py" line="124" />
            <source>The add-funds page must be a web address such as https://panel.example/addfunds, or empty for the panel's site.</source>
            <translation>صفحهٔ افزایش موجودی باید نشانی وب باشد، مانند ⁦https://panel.example/addfunds⁩، یا خالی برای سایت پنل.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="103" />
            <source>This address is plain http:// to another computer: your API key would travel unencrypted. Use https:// unless you know why not.</source>
            <translation>این آدرس ⁦http://⁩ ساده به رایانه‌ای دیگر است: کلید API شما رمزنگاری‌نشده فرستاده می‌شود. از ⁦https://⁩ استفاده کنید، مگر اینکه دلیلش را بدانید.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="87" />
            <source>Welcome. Paste the API key from your panel's API page (Account → API) and press Test connection, then Save.</source>
            <translation>خوش آمدید. کلید API را از صفحه‌ی API پنل خود (حساب کاربری ← API) کپی کنید و اینجا بچسبانید، «آزمایش اتصال» را بزنید و بعد «ذخیره».</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="118" />
            <source>Where “Add funds” goes. Empty: the panel's site, from the API URL.</source>
            <translation>جایی که «افزایش موجودی» باز می‌کند. خالی: سایت پنل، از روی نشانی API.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="114" />
            <source>optional, e.g. socks5://127.0.0.1:1080</source>
            <translation>اختیاری، مثلاً ⁦socks5://127.0.0.1:1080⁩</translation>
        </message>
        <message>
            <location filename="../../ui/shell/profiles_dialog.py" line="386" />
            <source>unknown</source>
            <translation>نامعلوم</translation>
        </message>
    </context>
    <context>
        <name>QualityLine</name>
        <message>
            <location filename="../../ui/insights/quality_line.py" line="76" />
            <source>9 in 10 completed within {time}</source>
            <translation>۹ از ۱۰ در کمتر از {time} تکمیل شدند</translation>
        </message>
        <message>
            <location filename="../../ui/insights/quality_line.py" line="97" />
            <source>Cost per delivered unit: {cost}</source>
            <translation>هزینهٔ هر واحد تحویل‌شده: {cost}</translation>
        </message>
        <message>
            <location filename="../../ui/insights/quality_line.py" line="86" />
            <source>Refills: {asked} asked, {done} completed, {rejected} rejected, {refused} refused</source>
            <translation>ریفیل: {asked} درخواست، {done} تکمیل، {rejected} ردشده، {refused} نپذیرفته</translation>
        </message>
        <message>
            <location filename="../../ui/insights/quality_line.py" line="81" />
            <source>Too few completed orders to tell how fast it is.</source>
            <translation>سفارش‌های تکمیل‌شده برای سنجش سرعتش کم است.</translation>
        </message>
    </context>
    <context>
        <name>QualityText</name>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="58" />
            <source>%n canceled</source>
            <translation>
                <numerusform>%Ln لغوشده</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="54" />
            <source>%n completed</source>
            <translation>
                <numerusform>%Ln تکمیل‌شده</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="56" />
            <source>%n partial</source>
            <translation>
                <numerusform>%Ln ناقص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="60" />
            <source>%n running</source>
            <translation>
                <numerusform>%Ln در جریان</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="68" />
            <source>Your %n order(s)</source>
            <translation>
                <numerusform>%Ln سفارش شما</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/quality_text.py" line="36" />
            <source>median {median} ({count} timed orders)</source>
            <translation>میانه {median} ({count} سفارش زمان‌دار)</translation>
        </message>
        <message>
            <location filename="../../ui/insights/quality_text.py" line="63" />
            <source>median {time}</source>
            <translation>میانه {time}</translation>
        </message>
        <message>
            <location filename="../../ui/insights/quality_text.py" line="67" />
            <source>too few completed to time</source>
            <translation>تکمیل‌شده‌ها برای سنجش زمان کم است</translation>
        </message>
        <message>
            <location filename="../../ui/insights/quality_text.py" line="69" />
            <source>{head}: {counts}, {speed}</source>
            <translation>{head}: {counts}، {speed}</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyNotice</name>
        <message>
            <location filename="../../ui/shell/read_only_notice.py" line="24" />
            <source>Read-only: nothing is saved and no order can be placed in this run.</source>
            <translation>فقط‌خواندنی: در این اجرا چیزی ذخیره نمی‌شود و سفارشی ثبت نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/read_only_notice.py" line="30" />
            <source>SMM Desk could not use its data file and shows a copy of it for viewing. Restart SMM Desk once the problem is solved.</source>
            <translation>SMM Desk نتوانست از فایل داده‌اش استفاده کند و نسخه‌ای از آن را فقط برای دیدن نشان می‌دهد. وقتی مشکل حل شد، SMM Desk را دوباره اجرا کنید.</translation>
        </message>
    </context>
    <context>
        <name>RefillCancelAction</name>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="105" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="111" />
            <source>Ask the panel to cancel %n order(s): {ids}?

What is not delivered yet is stopped and, if the panel accepts, refunded to your balance. A cancel cannot be undone; the panel may refuse it.</source>
            <translation>
                <numerusform>لغو %Ln سفارش از پنل درخواست شود: {ids}؟

آنچه هنوز تحویل نشده متوقف می‌شود و اگر پنل بپذیرد، به موجودی شما برمی‌گردد. لغو برگشت‌پذیر نیست؛ ممکن است پنل آن را نپذیرد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="118" />
            <source>Ask the panel to refill %n order(s): {ids}?

The panel tops up what dropped since delivery, as its refill terms allow; it may refuse.</source>
            <translation>
                <numerusform>ریفیل %Ln سفارش از پنل درخواست شود: {ids}؟

پنل آنچه پس از تحویل ریزش کرده را طبق شرایط ریفیل خود جبران می‌کند؛ ممکن است نپذیرد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="57" />
            <source>Asking the panel for a refill…</source>
            <translation>در حال درخواست ریفیل از پنل…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="68" />
            <source>Asking the panel to cancel…</source>
            <translation>در حال درخواست لغو از پنل…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="125" />
            <location filename="../../ui/orders/refill_cancel_action.py" line="132" />
            <source>Cancel orders</source>
            <translation>لغو سفارش‌ها</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="66" />
            <source>Cancel requested for %n order(s).</source>
            <translation>
                <numerusform>برای %Ln سفارش درخواست لغو شد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="134" />
            <source>Keep them</source>
            <translation>نگه داشتن</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="134" />
            <source>Not now</source>
            <translation>فعلاً نه</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="132" />
            <source>Refill</source>
            <translation>ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="125" />
            <source>Refill orders</source>
            <translation>ریفیل سفارش‌ها</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="55" />
            <source>Refill requested for %n order(s).</source>
            <translation>
                <numerusform>برای %Ln سفارش درخواست ریفیل شد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="56" />
            <source>The panel refused a refill for order {id}: {reason}</source>
            <translation>پنل ریفیل سفارش {id} را نپذیرفت: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refill_cancel_action.py" line="67" />
            <source>The panel refused to cancel order {id}: {reason}</source>
            <translation>پنل لغو سفارش {id} را نپذیرفت: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="108" />
            <source>{ids} and %n more</source>
            <translation>
                <numerusform>{ids} و %Ln مورد دیگر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefreshAction</name>
        <message>
            <location filename="../../ui/orders/refresh_action.py" line="142" />
            <source>Checked just now</source>
            <translation>همین الان بررسی شد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refresh_action.py" line="113" />
            <source>Checking orders: {done} of {total}…</source>
            <translation>در حال بررسی سفارش‌ها: {done} از {total}…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refresh_action.py" line="158" />
            <source>Checking orders…</source>
            <translation>در حال بررسی سفارش‌ها…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refresh_action.py" line="137" />
            <source>Refill statuses could not be read: {reason}</source>
            <translation>وضعیت ریفیل‌ها خوانده نشد: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/orders/refresh_action.py" line="92" />
            <source>Set the panel's API key in Panels first.</source>
            <translation>اول کلید API پنل را در «پنل‌ها» وارد کنید.</translation>
        </message>
    </context>
    <context>
        <name>ResolveAction</name>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="81" />
            <source>An order id is digits only, with no spaces or commas, e.g. 123456: nothing was changed.</source>
            <translation>شناسه‌ی سفارش فقط رقم است، بدون فاصله یا ویرگول، مثلاً 123456: چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="49" />
            <source>Found on the panel</source>
            <translation>در پنل پیدا شد</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="59" />
            <source>Mark this order as not placed? Do this only after checking that the panel's order list does not have it.</source>
            <translation>این سفارش ثبت‌نشده علامت زده شود؟ این کار را فقط وقتی بکنید که دیده‌اید فهرست سفارش‌های پنل آن را ندارد.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="120" />
            <source>Not on the panel, as checked by you</source>
            <translation>در پنل نیست؛ خودتان بررسی کردید</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="57" />
            <source>Not placed</source>
            <translation>ثبت‌نشده</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="91" />
            <source>Order {id} is already in the list: nothing was changed. If the unknown order is that one, mark it as not placed.</source>
            <translation>سفارش {id} از قبل در فهرست هست: چیزی تغییر نکرد. اگر سفارش نامعلوم همان است، آن را «ثبت نشد» علامت بزنید.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="89" />
            <source>Order {id} is recorded as placed and followed like any other.</source>
            <translation>سفارش {id} به‌عنوان ثبت‌شده ذخیره شد و مثل بقیه پیگیری می‌شود.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="109" />
            <location filename="../../ui/orders/resolve_action.py" line="128" />
            <source>Recording the order…</source>
            <translation>در حال ثبت سفارش…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="121" />
            <source>The order is recorded as not placed.</source>
            <translation>سفارش ثبت‌نشده علامت زده شد.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="50" />
            <source>The order's id on the panel, as its order list shows it:</source>
            <translation>شناسه‌ی سفارش در پنل، همان‌طور که در فهرست سفارش‌های پنل نمایش داده می‌شود:</translation>
        </message>
        <message>
            <location filename="../../ui/orders/resolve_action.py" line="66" />
            <source>This order's outcome is no longer unknown: nothing was changed.</source>
            <translation>وضعیت این سفارش دیگر نامعلوم نیست: چیزی تغییر نکرد.</translation>
        </message>
    </context>
    <context>
        <name>ServiceDetails</name>
        <message>
            <location filename="../../ui/services/service_details.py" line="46" />
            <source>Average time: {duration}</source>
            <translation>زمان میانگین: {duration}</translation>
        </message>
        <message>
            <location filename="../../ui/services/service_details.py" line="31" />
            <source>Category: {category}</source>
            <translation>دسته‌بندی: {category}</translation>
        </message>
        <message>
            <location filename="../../ui/services/service_details.py" line="35" />
            <source>Price: {price}</source>
            <translation>قیمت: {price}</translation>
        </message>
        <message>
            <location filename="../../ui/services/service_details.py" line="40" />
            <source>Quantity: {min} to {max}</source>
            <translation>تعداد: {min} تا {max}</translation>
        </message>
        <message>
            <location filename="../../ui/services/service_details.py" line="37" />
            <source>Rate per 1000: {rate}</source>
            <translation>قیمت هر ۱۰۰۰ عدد: {rate}</translation>
        </message>
        <message>
            <location filename="../../ui/services/service_details.py" line="20" />
            <source>Select a service to see its description.</source>
            <translation>برای دیدن توضیحات، یک سرویس انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/services/service_details.py" line="49" />
            <source>This service cannot be ordered: its minimum is above its maximum.</source>
            <translation>این سرویس قابل سفارش نیست: حداقل آن از حداکثرش بیشتر است.</translation>
        </message>
        <message>
            <location filename="../../ui/services/service_details.py" line="32" />
            <source>Type: {type}</source>
            <translation>نوع: {type}</translation>
        </message>
    </context>
    <context>
        <name>ServiceFilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="165" />
            <source>%n new</source>
            <translation>
                <numerusform>%Ln جدید</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="171" />
            <source>%n with a new minimum or maximum</source>
            <translation>
                <numerusform>%Ln با حداقل یا حداکثر جدید</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="156" />
            <source>(no name)</source>
            <translation>(بی‌نام)</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="174" />
            <source>, </source>
            <comment>list separator</comment>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="140" />
            <source>All categories</source>
            <translation>همه‌ی دسته‌بندی‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="145" />
            <source>All types</source>
            <translation>همه‌ی نوع‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="61" />
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="67" />
            <source>Changed only</source>
            <translation>فقط تغییرکرده‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="57" />
            <source>Drip-feed</source>
            <translation>دریپ‌فید</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="43" />
            <source>Filter by words in the name, category or id (Ctrl+F)</source>
            <translation>جست‌وجو در نام، دسته‌بندی یا شناسه (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="81" />
            <source>Offers:</source>
            <translation>امکانات:</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="70" />
            <source>Only services that are new or changed rate, minimum or maximum</source>
            <translation>فقط سرویس‌های جدید یا با قیمت، حداقل یا حداکثر تغییرکرده</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="64" />
            <source>Only services that offer this</source>
            <translation>فقط سرویس‌هایی که این امکان را دارند</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="59" />
            <source>Refill</source>
            <translation>ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="53" />
            <source>Show one category only</source>
            <translation>فقط یک دسته‌بندی نمایش داده شود</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="56" />
            <source>Show one service type only</source>
            <translation>فقط یک نوع سرویس نمایش داده شود</translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="173" />
            <source>Since the last refresh: {changes}</source>
            <translation>از آخرین به‌روزرسانی: {changes}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="167" />
            <source>▲ %n rate(s) up</source>
            <translation>
                <numerusform>▲ %Ln افزایش قیمت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="169" />
            <source>▼ %n rate(s) down</source>
            <translation>
                <numerusform>▼ %Ln کاهش قیمت</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/services/filter_bar.py" line="65" />
            <source>★ Favourites only</source>
            <translation>★ فقط علاقه‌مندی‌ها</translation>
        </message>
    </context>
    <context>
        <name>ServicePicker</name>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="189" />
            <source>(no category)</source>
            <translation>(بدون دسته‌بندی)</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="254" />
            <source>, </source>
            <comment>list separator</comment>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="187" />
            <source>All categories</source>
            <translation>همه‌ی دسته‌بندی‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_text.py" line="86" />
            <source>Average time: {time}</source>
            <translation>زمان میانگین: {time}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="240" />
            <source>Category: {category}</source>
            <translation>دسته‌بندی: {category}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="233" />
            <source>No service chosen.</source>
            <translation>سرویسی انتخاب نشده است.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="221" />
            <source>No services loaded for this panel: Refresh services loads them.</source>
            <translation>هیچ سرویسی برای این پنل بارگیری نشده است: «به‌روزرسانی سرویس‌ها» آن‌ها را بارگیری می‌کند.</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="253" />
            <source>Offers: {flags}</source>
            <translation>امکانات: {flags}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_text.py" line="37" />
            <source>Price: {price}</source>
            <translation>قیمت: {price}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="248" />
            <source>Quantity: {min} to {max}</source>
            <translation>تعداد: {min} تا {max}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_text.py" line="38" />
            <source>Rate per 1000: {rate}</source>
            <translation>قیمت هر ۱۰۰۰ عدد: {rate}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="63" />
            <source>Search services and categories, or an id…</source>
            <translation>جستجو در سرویس‌ها و دسته‌بندی‌ها، یا یک شناسه…</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="70" />
            <source>Show the services of one category</source>
            <translation>نمایش سرویس‌های یک دسته‌بندی</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="243" />
            <source>Type: {type}</source>
            <translation>نوع: {type}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_text.py" line="76" />
            <source>cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_text.py" line="77" />
            <source>drip-feed</source>
            <translation>دریپ‌فید</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_text.py" line="75" />
            <source>refill</source>
            <translation>ریفیل</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_text.py" line="65" />
            <source>{min} or more</source>
            <translation>{min} یا بیشتر</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_text.py" line="44" />
            <source>{price} / order</source>
            <translation>{price} / سفارش</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="225" />
            <source>{shown} of {total} services</source>
            <translation>{shown} از {total} سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_picker.py" line="254" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="271" />
            <source>, </source>
            <comment>list separator</comment>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="63" />
            <source>Avg. time</source>
            <translation>زمان میانگین</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="224" />
            <source>Category: {category}</source>
            <translation>دسته‌بندی: {category}</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="207" />
            <source>How long the panel's recent orders of this service took</source>
            <translation>مدتی که سفارش‌های اخیر این سرویس در پنل طول کشیده است</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="59" />
            <source>ID</source>
            <translation>شناسه</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="62" />
            <source>Min – max</source>
            <translation>حداقل – حداکثر</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="64" />
            <source>Offers</source>
            <translation>امکانات</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="61" />
            <source>Per 1000</source>
            <translation>هر ۱۰۰۰</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="205" />
            <source>Price per 1000; a package shows the price of one order</source>
            <translation>قیمت هر ۱۰۰۰ عدد؛ برای بسته، قیمت یک سفارش</translation>
        </message>
        <message>
            <location filename="../../ui/new_order/service_table.py" line="60" />
            <source>Service</source>
            <translation>سرویس</translation>
        </message>
    </context>
    <context>
        <name>ServiceTypes</name>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Android</source>
            <translation>اندروید</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Answer number</source>
            <translation>شماره‌ی گزینه</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Between the service's minimum and maximum</source>
            <translation>بین حداقل و حداکثر سرویس</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Blank referrer</source>
            <translation>بدون ارجاع‌دهنده</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Comment Likes</source>
            <translation>لایک کامنت</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Comment Replies</source>
            <translation>پاسخ به کامنت</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Comments</source>
            <translation>کامنت‌ها</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Country code or name, e.g. US</source>
            <translation>کد یا نام کشور، مثلاً US</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Custom Comments</source>
            <translation>کامنت دلخواه</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Custom Comments Package</source>
            <translation>پکیج کامنت دلخواه</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Custom referrer</source>
            <translation>ارجاع‌دهنده‌ی دلخواه</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Default</source>
            <translation>پیش‌فرض</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Delay (minutes)</source>
            <translation>تأخیر (دقیقه)</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Desktop</source>
            <translation>دسکتاپ</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Device</source>
            <translation>دستگاه</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Drip-feed: how many times to deliver the quantity</source>
            <translation>دریپ‌فید: تعداد را چند بار تحویل دهد</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Drip-feed: minutes between two runs</source>
            <translation>دریپ‌فید: چند دقیقه بین دو اجرا</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Expiry date</source>
            <translation>تاریخ انقضا</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Google keyword</source>
            <translation>کلمه‌ی کلیدی گوگل</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Groups</source>
            <translation>گروه‌ها</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Hashtag</source>
            <translation>هشتگ</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Hashtags</source>
            <translation>هشتگ‌ها</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>How many existing posts to serve too</source>
            <translation>برای چند پست موجود هم انجام شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>How many new posts to serve; empty for no limit</source>
            <translation>برای چند پست جدید انجام شود؛ خالی یعنی بدون محدودیت</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Interval (minutes)</source>
            <translation>فاصله (دقیقه)</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Invites from Groups</source>
            <translation>دعوت از گروه‌ها</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Keywords</source>
            <translation>کلمات کلیدی</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Link</source>
            <translation>لینک</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Maximum per post</source>
            <translation>حداکثر برای هر پست</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Media link</source>
            <translation>لینک پست</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Mentions</source>
            <translation>منشن</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Mentions Custom List</source>
            <translation>منشن با فهرست دلخواه</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Mentions Hashtag</source>
            <translation>منشن از هشتگ</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Mentions Media Likers</source>
            <translation>منشن لایک‌کنندگان پست</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Mentions User Followers</source>
            <translation>منشن فالوورهای کاربر</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Mentions with Hashtags</source>
            <translation>منشن با هشتگ</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Minimum per post</source>
            <translation>حداقل برای هر پست</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Minutes to wait after a new post</source>
            <translation>چند دقیقه پس از هر پست جدید صبر شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Mixed</source>
            <translation>ترکیبی</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Mixed Mobile</source>
            <translation>موبایل ترکیبی</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>New posts</source>
            <translation>پست‌های جدید</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Not less than the minimum per post</source>
            <translation>نه کمتر از حداقل برای هر پست</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Old posts</source>
            <translation>پست‌های قدیمی</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>One comment per line</source>
            <translation>در هر خط یک کامنت</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>One comment per line; the number of lines is the quantity</source>
            <translation>در هر خط یک کامنت؛ تعداد خطوط همان تعداد سفارش است</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>One group per line</source>
            <translation>در هر خط یک گروه</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>One hashtag per line</source>
            <translation>در هر خط یک هشتگ</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>One keyword per line</source>
            <translation>در هر خط یک کلمه‌ی کلیدی</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>One username per line</source>
            <translation>در هر خط یک نام کاربری</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>One username per line; the number of lines is the quantity</source>
            <translation>در هر خط یک نام کاربری؛ تعداد خطوط همان تعداد سفارش است</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Optional; a date after today</source>
            <translation>اختیاری؛ تاریخی بعد از امروز</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Package</source>
            <translation>پکیج</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Poll</source>
            <translation>نظرسنجی</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Quantity</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Referring URL</source>
            <translation>آدرس ارجاع‌دهنده</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Runs</source>
            <translation>دفعات اجرا</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>SEO</source>
            <translation>سئو</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Subscriptions</source>
            <translation>اشتراک</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The account (or its address) whose followers are mentioned</source>
            <translation>حسابی (یا آدرس آن) که فالوورهایش منشن می‌شوند</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The account to follow</source>
            <translation>حسابی که دنبال می‌شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The author of the comment</source>
            <translation>نویسنده‌ی کامنت</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The author of the comment to like</source>
            <translation>نویسنده‌ی کامنتی که باید لایک شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The full address, starting with https://</source>
            <translation>آدرس کامل، که با ⁦https://⁩ شروع می‌شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The hashtag to take usernames from</source>
            <translation>هشتگی که نام‌های کاربری از آن برداشته می‌شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The page visitors come from, starting with https://</source>
            <translation>صفحه‌ای که بازدیدکنندگان از آن می‌آیند، با ⁦https://⁩ شروع می‌شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The position of the answer to vote for, counting from 1</source>
            <translation>شماره‌ی گزینه‌ای که به آن رأی داده می‌شود، از ۱ شمرده می‌شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The post whose likers are mentioned, starting with https://</source>
            <translation>پستی که لایک‌کنندگانش منشن می‌شوند، با ⁦https://⁩ شروع می‌شود</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>The search words visitors come from</source>
            <translation>عبارت جست‌وجویی که بازدیدکنندگان از آن می‌آیند</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Type of traffic</source>
            <translation>نوع ترافیک</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Unknown type</source>
            <translation>نوع ناشناخته</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Username</source>
            <translation>نام کاربری</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Usernames</source>
            <translation>نام‌های کاربری</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>Web Traffic</source>
            <translation>ترافیک وب</translation>
        </message>
        <message>
            <location filename="../../core/service_types.py" line="0" />
            <source>iOS</source>
            <translation>iOS</translation>
        </message>
    </context>
    <context>
        <name>ServicesModel</name>
        <message>
            <location filename="../../ui/services/services_model.py" line="483" />
            <source>Add to favourites</source>
            <translation>افزودن به علاقه‌مندی‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="144" />
            <source>Category</source>
            <translation>دسته‌بندی</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="399" />
            <source>Favourites: click a star to keep a service at hand</source>
            <translation>علاقه‌مندی‌ها: با کلیک روی ستاره، سرویس را دم دست نگه دارید</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="142" />
            <source>ID</source>
            <translation>شناسه</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="148" />
            <source>Max</source>
            <translation>حداکثر</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="147" />
            <source>Min</source>
            <translation>حداقل</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="143" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="152" />
            <source>New since the last refresh</source>
            <translation>جدید از آخرین به‌روزرسانی</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="149" />
            <source>Options</source>
            <translation>امکانات</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="146" />
            <source>Rate per 1000</source>
            <translation>قیمت هر ۱۰۰۰</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="392" />
            <source>Rate per 1000 ({currency})</source>
            <translation>قیمت هر ۱۰۰۰ ({currency})</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="481" />
            <source>Remove from favourites</source>
            <translation>حذف از علاقه‌مندی‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="156" />
            <source>The minimum or maximum changed at the last refresh</source>
            <translation>حداقل یا حداکثر در آخرین به‌روزرسانی تغییر کرد</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="154" />
            <source>The rate went down at the last refresh</source>
            <translation>قیمت در آخرین به‌روزرسانی کاهش یافت</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="153" />
            <source>The rate went up at the last refresh</source>
            <translation>قیمت در آخرین به‌روزرسانی افزایش یافت</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_model.py" line="145" />
            <source>Type</source>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../ui/market/price_words.py" line="25" />
            <location filename="../../ui/services/services_model.py" line="177" />
            <source>cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <location filename="../../ui/market/price_words.py" line="23" />
            <location filename="../../ui/services/services_model.py" line="175" />
            <source>drip-feed</source>
            <translation>دریپ‌فید</translation>
        </message>
        <message>
            <location filename="../../ui/market/price_words.py" line="24" />
            <location filename="../../ui/services/services_model.py" line="176" />
            <source>refill</source>
            <translation>ریفیل</translation>
        </message>
    </context>
    <context>
        <name>ServicesTab</name>
        <message numerus="yes">
            <location filename="../../ui/services/services_tab.py" line="339" />
            <source>%n service(s) in the panel's answer could not be read and are not shown.</source>
            <translation>
                <numerusform>%Ln سرویس در پاسخ پنل خوانده نشد و نمایش داده نمی‌شود.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="154" />
            <source>Details…</source>
            <translation>جزئیات…</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="126" />
            <source>Fetch the services from the panel again (F5)</source>
            <translation>دریافت دوباره‌ی سرویس‌ها از پنل (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="244" />
            <source>Fetching the services…</source>
            <translation>در حال دریافت سرویس‌ها…</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="300" />
            <source>Loading the saved services…</source>
            <translation>در حال بارگذاری سرویس‌های ذخیره‌شده…</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="157" />
            <source>New order with this service</source>
            <translation>سفارش جدید با این سرویس</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="456" />
            <source>Not fetched yet</source>
            <translation>هنوز دریافت نشده</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="124" />
            <source>Refresh</source>
            <translation>به‌روزرسانی</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="227" />
            <source>Set the panel's API key in Panels first.</source>
            <translation>اول کلید API پنل را در «پنل‌ها» وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="459" />
            <source>Updated {age}</source>
            <translation>به‌روزرسانی: {age}</translation>
        </message>
        <message>
            <location filename="../../ui/services/services_tab.py" line="449" />
            <source>{shown} of {total} services</source>
            <translation>{shown} از {total} سرویس</translation>
        </message>
    </context>
    <context>
        <name>TidyAction</name>
        <message numerus="yes">
            <location filename="../../ui/orders/tidy_action.py" line="42" />
            <source>%n order(s) hidden: no longer shown or checked. “Show hidden” shows them.</source>
            <translation>
                <numerusform>%Ln سفارش پنهان شد: دیگر نمایش داده یا بررسی نمی‌شود. «نمایش پنهان‌ها» نشانشان می‌دهد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/tidy_action.py" line="61" />
            <source>%n order(s) removed from the list.</source>
            <translation>
                <numerusform>%Ln سفارش از فهرست حذف شد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/tidy_action.py" line="46" />
            <source>%n order(s) shown again and checked at each refresh.</source>
            <translation>
                <numerusform>%Ln سفارش دوباره نمایش داده می‌شود و در هر به‌روزرسانی بررسی می‌شود.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/tidy_action.py" line="72" />
            <source>Remove %n order(s) and their history from this list? They were tracked by id or never placed: nothing changes on the panel, and an id can be tracked again.</source>
            <translation>
                <numerusform>%Ln سفارش و تاریخچه‌اش از این فهرست حذف شود؟ این‌ها با شناسه پیگیری شده‌اند یا هرگز ثبت نشده‌اند: در پنل چیزی تغییر نمی‌کند و شناسه را می‌توان دوباره پیگیری کرد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/tidy_action.py" line="70" />
            <source>Remove orders</source>
            <translation>حذف سفارش‌ها</translation>
        </message>
        <message>
            <location filename="../../ui/orders/tidy_action.py" line="64" />
            <source>Removing the orders…</source>
            <translation>در حال حذف سفارش‌ها…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/tidy_action.py" line="49" />
            <source>Saving your choice…</source>
            <translation>در حال ذخیره‌ی انتخاب شما…</translation>
        </message>
    </context>
    <context>
        <name>TrackAction</name>
        <message>
            <location filename="../../ui/orders/track_action.py" line="40" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../../ui/orders/track_action.py" line="70" />
            <source>Adding the orders…</source>
            <translation>در حال افزودن سفارش‌ها…</translation>
        </message>
        <message>
            <location filename="../../ui/orders/track_action.py" line="38" />
            <source>Not an order id: {parts}. A panel's order ids are digits only, e.g. 123456; nothing was tracked.</source>
            <translation>شناسه‌ی سفارش نیست: {parts}. شناسه‌ی سفارش‌های پنل فقط رقم است، مثلاً 123456؛ چیزی پیگیری نشد.</translation>
        </message>
        <message>
            <location filename="../../ui/orders/track_action.py" line="59" />
            <source>The panel does not know order {id}: {words}</source>
            <translation>پنل سفارش {id} را نمی‌شناسد: {words}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/track_action.py" line="56" />
            <source>Tracking %n order(s).</source>
            <translation>
                <numerusform>پیگیری %Ln سفارش.</numerusform>
            </translation>
        </message>
    </context>
</TS>

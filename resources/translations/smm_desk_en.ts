<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>AlertCenter</name>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_center.py" line="117" />
            <source>%n new alert(s); the last: {alert}</source>
            <translation>
                <numerusform>%n new alert; the last: {alert}</numerusform>
                <numerusform>%n new alerts; the last: {alert}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_text.py" line="37" />
            <source>{panel}: order {order} ({service}) has made no progress for %n hour(s).</source>
            <translation>
                <numerusform>{panel}: order {order} ({service}) has made no progress for %n hour.</numerusform>
                <numerusform>{panel}: order {order} ({service}) has made no progress for %n hours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_text.py" line="42" />
            <source>{panel}: the status of order {order} ({service}) could not be read in %n refresh(es) in a row.</source>
            <translation>
                <numerusform>{panel}: the status of order {order} ({service}) could not be read in %n refresh in a row.</numerusform>
                <numerusform>{panel}: the status of order {order} ({service}) could not be read in %n refreshes in a row.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppSession</name>
        <message numerus="yes">
            <location filename="../../ui/shell/session.py" line="120" />
            <source>%n order(s) were being sent when the app last closed: their outcome is unknown, check them in Orders.</source>
            <translation>
                <numerusform>%n order was being sent when the app last closed: its outcome is unknown, check it in Orders.</numerusform>
                <numerusform>%n orders were being sent when the app last closed: their outcome is unknown, check them in Orders.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message numerus="yes">
            <location filename="../../ui/insights/chart_card.py" line="187" />
            <source>Exported %n row(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n row to {path}.</numerusform>
                <numerusform>Exported %n rows to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message numerus="yes">
            <location filename="../../ui/shell/crash_dialog.py" line="176" />
            <source>%n more error(s) happened after this one; all are in the report.</source>
            <translation>
                <numerusform>%n more error happened after this one; all are in the report.</numerusform>
                <numerusform>%n more errors happened after this one; all are in the report.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportAction</name>
        <message numerus="yes">
            <location filename="../../ui/orders/export_action.py" line="46" />
            <source>Exported %n order(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n order to {path}.</numerusform>
                <numerusform>Exported %n orders to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message numerus="yes">
            <location filename="../../ui/common/formatting.py" line="439" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/formatting.py" line="438" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/formatting.py" line="436" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsTab</name>
        <message numerus="yes">
            <location filename="../../ui/insights/insights_tab.py" line="277" />
            <source>%n order(s), {spent} spent.</source>
            <translation>
                <numerusform>%n order, {spent} spent.</numerusform>
                <numerusform>%n orders, {spent} spent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkActions</name>
        <message numerus="yes">
            <location filename="../../ui/orders/link_actions.py" line="49" />
            <source>Copied %n link(s).</source>
            <translation>
                <numerusform>Copied %n link.</numerusform>
                <numerusform>Copied %n links.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/link_actions.py" line="43" />
            <source>Copied %n order id(s).</source>
            <translation>
                <numerusform>Copied %n order id.</numerusform>
                <numerusform>Copied %n order ids.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MassOrderPanel</name>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="209" />
            <source>%n line(s) with problems will be skipped</source>
            <translation>
                <numerusform>%n line with problems will be skipped</numerusform>
                <numerusform>%n lines with problems will be skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="277" />
            <source>%n line(s) with problems will be skipped.</source>
            <translation>
                <numerusform>%n line with problems will be skipped.</numerusform>
                <numerusform>%n lines with problems will be skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="205" />
            <source>%n order(s) to send, estimated total {total}</source>
            <translation>
                <numerusform>%n order to send, estimated total {total}</numerusform>
                <numerusform>%n orders to send, estimated total {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="272" />
            <source>Send %n order(s), one by one?</source>
            <translation>
                <numerusform>Send %n order, one by one?</numerusform>
                <numerusform>Send %n orders, one by one?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewOrderTab</name>
        <message numerus="yes">
            <location filename="../../ui/new_order/new_order_tab.py" line="240" />
            <source>You ordered this service for this link %n time(s) in the last hour. Order it again?</source>
            <translation>
                <numerusform>You ordered this service for this link %n time in the last hour. Order it again?</numerusform>
                <numerusform>You ordered this service for this link %n times in the last hour. Order it again?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderForm</name>
        <message numerus="yes">
            <location filename="../../ui/new_order/order_form.py" line="425" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderNotifier</name>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="52" />
            <source>%n canceled</source>
            <translation>
                <numerusform>%n canceled</numerusform>
                <numerusform>%n canceled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="50" />
            <source>%n completed</source>
            <translation>
                <numerusform>%n completed</numerusform>
                <numerusform>%n completed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="58" />
            <source>%n finished</source>
            <translation>
                <numerusform>%n finished</numerusform>
                <numerusform>%n finished</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="51" />
            <source>%n partial</source>
            <translation>
                <numerusform>%n partial</numerusform>
                <numerusform>%n partial</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="53" />
            <source>%n refunded</source>
            <translation>
                <numerusform>%n refunded</numerusform>
                <numerusform>%n refunded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QualityText</name>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="73" />
            <source>%n canceled</source>
            <translation>
                <numerusform>%n canceled</numerusform>
                <numerusform>%n canceled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="69" />
            <source>%n completed</source>
            <translation>
                <numerusform>%n completed</numerusform>
                <numerusform>%n completed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="71" />
            <source>%n partial</source>
            <translation>
                <numerusform>%n partial</numerusform>
                <numerusform>%n partial</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="75" />
            <source>%n running</source>
            <translation>
                <numerusform>%n running</numerusform>
                <numerusform>%n running</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="83" />
            <source>Your %n order(s)</source>
            <translation>
                <numerusform>Your %n order</numerusform>
                <numerusform>Your %n orders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefillCancelAction</name>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="47" />
            <source>Cancel requested for %n order(s).</source>
            <translation>
                <numerusform>Cancel requested for %n order.</numerusform>
                <numerusform>Cancel requested for %n orders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="37" />
            <source>Refill requested for %n order(s).</source>
            <translation>
                <numerusform>Refill requested for %n order.</numerusform>
                <numerusform>Refill requested for %n orders.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServiceFilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="165" />
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="171" />
            <source>%n with a new minimum or maximum</source>
            <translation>
                <numerusform>%n with a new minimum or maximum</numerusform>
                <numerusform>%n with a new minimum or maximum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="167" />
            <source>▲ %n rate(s) up</source>
            <translation>
                <numerusform>▲ %n rate up</numerusform>
                <numerusform>▲ %n rates up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="169" />
            <source>▼ %n rate(s) down</source>
            <translation>
                <numerusform>▼ %n rate down</numerusform>
                <numerusform>▼ %n rates down</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServicesTab</name>
        <message numerus="yes">
            <location filename="../../ui/services/services_tab.py" line="283" />
            <source>%n service(s) in the panel's answer could not be read and are not shown.</source>
            <translation>
                <numerusform>%n service in the panel's answer could not be read and is not shown.</numerusform>
                <numerusform>%n services in the panel's answer could not be read and are not shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrackAction</name>
        <message numerus="yes">
            <location filename="../../ui/orders/track_action.py" line="42" />
            <source>Tracking %n order(s).</source>
            <translation>
                <numerusform>Tracking %n order.</numerusform>
                <numerusform>Tracking %n orders.</numerusform>
            </translation>
        </message>
    </context>
</TS>

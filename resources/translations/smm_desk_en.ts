<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>AlertCenter</name>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_center.py" line="151" />
            <source>%n new alert(s); the last: {alert}</source>
            <translation>
                <numerusform>%Ln new alert; the last: {alert}</numerusform>
                <numerusform>%Ln new alerts; the last: {alert}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_text.py" line="37" />
            <source>{panel}: order {order} ({service}) has made no progress for %n hour(s).</source>
            <translation>
                <numerusform>{panel}: order {order} ({service}) has made no progress for %Ln hour.</numerusform>
                <numerusform>{panel}: order {order} ({service}) has made no progress for %Ln hours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/alerts/alert_text.py" line="42" />
            <source>{panel}: the status of order {order} ({service}) could not be read in %n refresh(es) in a row.</source>
            <translation>
                <numerusform>{panel}: the status of order {order} ({service}) could not be read in %Ln refresh in a row.</numerusform>
                <numerusform>{panel}: the status of order {order} ({service}) could not be read in %Ln refreshes in a row.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppSession</name>
        <message numerus="yes">
            <location filename="../../ui/shell/session.py" line="146" />
            <source>%n order(s) were being sent when the app last closed: their outcome is unknown, check them in Orders.</source>
            <translation>
                <numerusform>%Ln order was being sent when the app last closed: its outcome is unknown, check it in Orders.</numerusform>
                <numerusform>%Ln orders were being sent when the app last closed: their outcome is unknown, check them in Orders.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message numerus="yes">
            <location filename="../../ui/insights/chart_card.py" line="187" />
            <source>Exported %n row(s) to {path}.</source>
            <translation>
                <numerusform>Exported %Ln row to {path}.</numerusform>
                <numerusform>Exported %Ln rows to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message numerus="yes">
            <location filename="../../ui/shell/crash_dialog.py" line="152" />
            <source>%n more error(s) happened after this one; all are in the report.</source>
            <translation>
                <numerusform>%Ln more error happened after this one; all are in the report.</numerusform>
                <numerusform>%Ln more errors happened after this one; all are in the report.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportAction</name>
        <message numerus="yes">
            <location filename="../../ui/orders/export_action.py" line="46" />
            <source>Exported %n order(s) to {path}.</source>
            <translation>
                <numerusform>Exported %Ln order to {path}.</numerusform>
                <numerusform>Exported %Ln orders to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="162" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="149" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%Ln day ago</numerusform>
                <numerusform>%Ln days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="162" />
            <location filename="../../ui/common/time_text.py" line="164" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%Ln hour</numerusform>
                <numerusform>%Ln hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="148" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%Ln hour ago</numerusform>
                <numerusform>%Ln hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="164" />
            <location filename="../../ui/common/time_text.py" line="166" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%Ln minute</numerusform>
                <numerusform>%Ln minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/common/time_text.py" line="146" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%Ln minute ago</numerusform>
                <numerusform>%Ln minutes ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsTab</name>
        <message numerus="yes">
            <location filename="../../ui/insights/insights_tab.py" line="294" />
            <source>%n order(s), {spent} spent.</source>
            <translation>
                <numerusform>%Ln order, {spent} spent.</numerusform>
                <numerusform>%Ln orders, {spent} spent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkActions</name>
        <message numerus="yes">
            <location filename="../../ui/orders/link_actions.py" line="49" />
            <source>Copied %n link(s).</source>
            <translation>
                <numerusform>Copied %Ln link.</numerusform>
                <numerusform>Copied %Ln links.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/link_actions.py" line="43" />
            <source>Copied %n order id(s).</source>
            <translation>
                <numerusform>Copied %Ln order id.</numerusform>
                <numerusform>Copied %Ln order ids.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarketWords</name>
        <message numerus="yes">
            <location filename="../../ui/market/offer_words.py" line="147" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/market/offer_words.py" line="172" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%Ln minute</numerusform>
                <numerusform>%Ln minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/market/offer_words.py" line="180" />
            <source>starts within %n hour(s)</source>
            <translation>
                <numerusform>starts within %Ln hour</numerusform>
                <numerusform>starts within %Ln hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/market/offer_words.py" line="181" />
            <source>starts within %n min</source>
            <translation>
                <numerusform>starts within %Ln min</numerusform>
                <numerusform>starts within %Ln min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MassOrderPanel</name>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="294" />
            <source>%Ln line(s) with a warning will be sent all the same: {lines}.</source>
            <translation>
                <numerusform>%Ln line with a warning will be sent all the same: {lines}.</numerusform>
                <numerusform>%Ln lines with a warning will be sent all the same: {lines}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="223" />
            <source>%Ln line(s) with problems will be skipped</source>
            <translation>
                <numerusform>%Ln line with problems will be skipped</numerusform>
                <numerusform>%Ln lines with problems will be skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="288" />
            <source>%Ln line(s) with problems will be skipped.</source>
            <translation>
                <numerusform>%Ln line with problems will be skipped.</numerusform>
                <numerusform>%Ln lines with problems will be skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="214" />
            <source>%Ln order(s) to send, estimated total {total}</source>
            <translation>
                <numerusform>%Ln order to send, estimated total {total}</numerusform>
                <numerusform>%Ln orders to send, estimated total {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="283" />
            <source>Send %Ln order(s), one by one?</source>
            <translation>
                <numerusform>Send %Ln order, one by one?</numerusform>
                <numerusform>Send %Ln orders, one by one?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/new_order/mass_order_panel.py" line="366" />
            <source>The %Ln sent line(s) were taken out of the list (Undo in the text puts them back).</source>
            <translation>
                <numerusform>The %Ln sent line was taken out of the list (Undo in the text puts them back).</numerusform>
                <numerusform>The %Ln sent lines were taken out of the list (Undo in the text puts them back).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewOrderTab</name>
        <message numerus="yes">
            <location filename="../../ui/new_order/new_order_tab.py" line="279" />
            <source>You ordered this service for this link %Ln time(s) in the last hour. Order it again?</source>
            <translation>
                <numerusform>You ordered this service for this link %Ln time in the last hour. Order it again?</numerusform>
                <numerusform>You ordered this service for this link %Ln times in the last hour. Order it again?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderForm</name>
        <message numerus="yes">
            <location filename="../../ui/new_order/order_form.py" line="457" />
            <source>%Ln line(s)</source>
            <translation>
                <numerusform>%Ln line</numerusform>
                <numerusform>%Ln lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderNotifier</name>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="52" />
            <source>%n canceled</source>
            <translation>
                <numerusform>%Ln canceled</numerusform>
                <numerusform>%Ln canceled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="50" />
            <source>%n completed</source>
            <translation>
                <numerusform>%Ln completed</numerusform>
                <numerusform>%Ln completed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="58" />
            <source>%n finished</source>
            <translation>
                <numerusform>%Ln finished</numerusform>
                <numerusform>%Ln finished</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="51" />
            <source>%n partial</source>
            <translation>
                <numerusform>%Ln partial</numerusform>
                <numerusform>%Ln partial</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/order_notifier.py" line="53" />
            <source>%n refunded</source>
            <translation>
                <numerusform>%Ln refunded</numerusform>
                <numerusform>%Ln refunded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QualityText</name>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="58" />
            <source>%n canceled</source>
            <translation>
                <numerusform>%Ln canceled</numerusform>
                <numerusform>%Ln canceled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="54" />
            <source>%n completed</source>
            <translation>
                <numerusform>%Ln completed</numerusform>
                <numerusform>%Ln completed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="56" />
            <source>%n partial</source>
            <translation>
                <numerusform>%Ln partial</numerusform>
                <numerusform>%Ln partial</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="60" />
            <source>%n running</source>
            <translation>
                <numerusform>%Ln running</numerusform>
                <numerusform>%Ln running</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/quality_text.py" line="68" />
            <source>Your %n order(s)</source>
            <translation>
                <numerusform>Your %Ln order</numerusform>
                <numerusform>Your %Ln orders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefillCancelAction</name>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="111" />
            <source>Ask the panel to cancel %n order(s): {ids}?

What is not delivered yet is stopped and, if the panel accepts, refunded to your balance. A cancel cannot be undone; the panel may refuse it.</source>
            <translation>
                <numerusform>Ask the panel to cancel %Ln order: {ids}?

What is not delivered yet is stopped and, if the panel accepts, refunded to your balance. A cancel cannot be undone; the panel may refuse it.</numerusform>
                <numerusform>Ask the panel to cancel %Ln orders: {ids}?

What is not delivered yet is stopped and, if the panel accepts, refunded to your balance. A cancel cannot be undone; the panel may refuse it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="118" />
            <source>Ask the panel to refill %n order(s): {ids}?

The panel tops up what dropped since delivery, as its refill terms allow; it may refuse.</source>
            <translation>
                <numerusform>Ask the panel to refill %Ln order: {ids}?

The panel tops up what dropped since delivery, as its refill terms allow; it may refuse.</numerusform>
                <numerusform>Ask the panel to refill %Ln orders: {ids}?

The panel tops up what dropped since delivery, as its refill terms allow; it may refuse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="66" />
            <source>Cancel requested for %n order(s).</source>
            <translation>
                <numerusform>Cancel requested for %Ln order.</numerusform>
                <numerusform>Cancel requested for %Ln orders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="55" />
            <source>Refill requested for %n order(s).</source>
            <translation>
                <numerusform>Refill requested for %Ln order.</numerusform>
                <numerusform>Refill requested for %Ln orders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/refill_cancel_action.py" line="108" />
            <source>{ids} and %n more</source>
            <translation>
                <numerusform>{ids} and %Ln more</numerusform>
                <numerusform>{ids} and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServiceFilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="165" />
            <source>%n new</source>
            <translation>
                <numerusform>%Ln new</numerusform>
                <numerusform>%Ln new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="171" />
            <source>%n with a new minimum or maximum</source>
            <translation>
                <numerusform>%Ln with a new minimum or maximum</numerusform>
                <numerusform>%Ln with a new minimum or maximum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="167" />
            <source>▲ %n rate(s) up</source>
            <translation>
                <numerusform>▲ %Ln rate up</numerusform>
                <numerusform>▲ %Ln rates up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/services/filter_bar.py" line="169" />
            <source>▼ %n rate(s) down</source>
            <translation>
                <numerusform>▼ %Ln rate down</numerusform>
                <numerusform>▼ %Ln rates down</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServicesTab</name>
        <message numerus="yes">
            <location filename="../../ui/services/services_tab.py" line="339" />
            <source>%n service(s) in the panel's answer could not be read and are not shown.</source>
            <translation>
                <numerusform>%Ln service in the panel's answer could not be read and is not shown.</numerusform>
                <numerusform>%Ln services in the panel's answer could not be read and are not shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TidyAction</name>
        <message numerus="yes">
            <location filename="../../ui/orders/tidy_action.py" line="42" />
            <source>%n order(s) hidden: no longer shown or checked. “Show hidden” shows them.</source>
            <translation>
                <numerusform>%Ln order hidden: no longer shown or checked. “Show hidden” shows it.</numerusform>
                <numerusform>%Ln orders hidden: no longer shown or checked. “Show hidden” shows them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/tidy_action.py" line="61" />
            <source>%n order(s) removed from the list.</source>
            <translation>
                <numerusform>%Ln order removed from the list.</numerusform>
                <numerusform>%Ln orders removed from the list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/tidy_action.py" line="46" />
            <source>%n order(s) shown again and checked at each refresh.</source>
            <translation>
                <numerusform>%Ln order shown again and checked at each refresh.</numerusform>
                <numerusform>%Ln orders shown again and checked at each refresh.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/tidy_action.py" line="72" />
            <source>Remove %n order(s) and their history from this list? They were tracked by id or never placed: nothing changes on the panel, and an id can be tracked again.</source>
            <translation>
                <numerusform>Remove %Ln order and their history from this list? They were tracked by id or never placed: nothing changes on the panel, and an id can be tracked again.</numerusform>
                <numerusform>Remove %Ln orders and their history from this list? They were tracked by id or never placed: nothing changes on the panel, and an id can be tracked again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrackAction</name>
        <message numerus="yes">
            <location filename="../../ui/orders/track_action.py" line="56" />
            <source>Tracking %n order(s).</source>
            <translation>
                <numerusform>Tracking %Ln order.</numerusform>
                <numerusform>Tracking %Ln orders.</numerusform>
            </translation>
        </message>
    </context>
</TS>

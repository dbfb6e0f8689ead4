<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>%n coupon(s) to use: Space on it under Apply.</source>
            <translation>
                <numerusform>%n coupon to use: Space on it under Apply.</numerusform>
                <numerusform>%n coupons to use: Space on it under Apply.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>%n stamp(s) expire by {date}</source>
            <translation>
                <numerusform>%n stamp expires by {date}</numerusform>
                <numerusform>%n stamps expire by {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfflineCounter</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n reward(s) ready</source>
            <translation>
                <numerusform>%n reward ready</numerusform>
                <numerusform>%n rewards ready</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n stamp</numerusform>
                <numerusform>%n stamps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n use(s) left</source>
            <translation>
                <numerusform>%n use left</numerusform>
                <numerusform>%n uses left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_switch.py" />
            <source>The shop's server is back: %n queued visit(s) sent. Scan the next card.</source>
            <translation>
                <numerusform>The shop's server is back: %n queued visit sent. Scan the next card.</numerusform>
                <numerusform>The shop's server is back: %n queued visits sent. Scan the next card.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartupJobs</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>%n birthday coupon(s) issued.</source>
            <translation>
                <numerusform>%n birthday coupon issued.</numerusform>
                <numerusform>%n birthday coupons issued.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>%n old stamp(s) expired.</source>
            <translation>
                <numerusform>%n old stamp expired.</numerusform>
                <numerusform>%n old stamps expired.</numerusform>
            </translation>
        </message>
    </context>
</TS>

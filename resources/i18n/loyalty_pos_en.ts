<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>%n coupon(s) to use: Space on it under Apply.</source>
            <translation>
                <numerusform>%n coupon to use: Space on it under Apply.</numerusform>
                <numerusform>%n coupons to use: Space on it under Apply.</numerusform>
            </translation>
        </message>
    </context>
</TS>

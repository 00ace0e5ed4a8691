#include "calc/money.h"

#include <QLocale>
#include <QTest>

// Money is shown in the profile's (or a certification's) currency with the user's number
// format: English and German writing of the same amounts.
class TestMoney : public QObject
{
    Q_OBJECT

private:
    static QString plain(QString s)
    {
        // Locales use no-break spaces; compare with ordinary ones.
        s.replace(QChar(0x00A0), u' ');
        s.replace(QChar(0x202F), u' ');
        return s;
    }

private slots:
    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en_US USD") << "en_US" << 1234.5 << "USD" << 2 << "$1,234.50";
        QTest::newRow("en_US EUR") << "en_US" << 1234.5 << "EUR" << 2 << "€1,234.50";
        QTest::newRow("en_US GBP") << "en_US" << 99.0 << "GBP" << 2 << "£99.00";
        QTest::newRow("en_US CAD is not $") << "en_US" << 1234.5 << "CAD" << 2 << "CA$1,234.50";
        QTest::newRow("en_AU USD uses the code")
            << "en_AU" << 1234.5 << "USD" << 2 << "USD 1,234.50";
        QTest::newRow("en_AU AUD") << "en_AU" << 1234.5 << "AUD" << 2 << "$1,234.50";
        QTest::newRow("en_US no decimals") << "en_US" << 14439.68 << "USD" << 0 << "$14,440";
        QTest::newRow("en_US negative") << "en_US" << -3600.0 << "USD" << 0 << "-$3,600";
        QTest::newRow("de_DE EUR") << "de_DE" << 1234.5 << "EUR" << 2 << "1.234,50 €";
        QTest::newRow("de_DE USD") << "de_DE" << 1234.5 << "USD" << 2 << "1.234,50 $";
        QTest::newRow("de_DE negative") << "de_DE" << -3600.0 << "EUR" << 0 << "-3.600 €";
        QTest::newRow("de_DE unknown code") << "de_DE" << 5.0 << "XYZ" << 2 << "5,00 XYZ";
        QTest::newRow("de_DE GBP") << "de_DE" << 14439.68 << "GBP" << 2 << "14.439,68 £";
        QTest::newRow("de_DE no decimals") << "de_DE" << 3600.0 << "EUR" << 0 << "3.600 €";
        QTest::newRow("de_DE lower-case code") << "de_DE" << 1.0 << "eur" << 2 << "1,00 €";
        QTest::newRow("C locale writes as English") << "C" << 1234.5 << "USD" << 2 << "$1,234.50";
        QTest::newRow("rounding noise is not negative")
            << "en_US" << -0.001 << "USD" << 2 << "$0.00";
    }

    void format()
    {
        QFETCH(QString, locale);
        QFETCH(double, amount);
        QFETCH(QString, code);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(plain(Money::format(amount, code, QLocale(locale), decimals)), expected);
    }

    void notFiniteReadsAsZero()
    {
        QCOMPARE(Money::format(qInf(), u"USD"_qs, QLocale(u"en_US"_qs)), u"$0.00"_qs);
    }

    void validCodes()
    {
        QVERIFY(Money::isValidCode(u"USD"_qs));
        QVERIFY(!Money::isValidCode(u"US"_qs));
        QVERIFY(!Money::isValidCode(u"us1"_qs));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

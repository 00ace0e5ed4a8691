#include "domain/datetext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Issue 9: short dates with two-digit years ("17.11.26") read as 2026 or 1926. Every short
// date and date-time the app writes has a four-digit year, in the locale's order.
class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void fourDigitYears_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"17.11.2026"_s
                               << u"17.11.2026 15:30"_s;
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                               << u"11/17/2026"_s << u"11/17/2026 3:30\u202fPM"_s;
        QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << u"17/11/2026"_s
                               << u"17/11/2026 15:30"_s;
    }

    void fourDigitYears()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, date);
        QFETCH(QString, dateTime);
        const QDateTime when(QDate(2026, 11, 17), QTime(15, 30));
        QCOMPARE(DateText::shortDate(when.date(), locale), date);
        QString shown = DateText::shortDateTime(when, locale);
        shown.replace(u' ', u'\u202f'); // CLDR versions differ in the space before "PM"
        QString expected = dateTime;
        expected.replace(u' ', u'\u202f');
        QCOMPARE(shown, expected);
    }

    void invalidIsEmpty()
    {
        QCOMPARE(DateText::shortDate(QDate()), QString());
        QCOMPARE(DateText::shortDateTime(QDateTime()), QString());
    }
};

QTEST_MAIN(TestDateText)
#include "tst_datetext.moc"

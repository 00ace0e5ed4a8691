// Issue 9, broken 6: Log Study lost input silently. "50" hours became "5 h" (the field stopped
// at 24), and the dialog opened on the date, so "Tab 50 Enter" logged the default hour.
#include "certifications/logstudydialog.h"
#include "domain/datetext.h"

#include <QApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLogStudyDialog : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheAmount();
    void moreThanADayIsRefusedWithAMessage();
    void datesShowFourDigitYears();

private:
    static Certification certification()
    {
        Certification c;
        c.id = 7;
        c.name = u"<b>Cloud</b> ML"_s;
        c.plannedHours = 40;
        return c;
    }
};

void TestLogStudyDialog::opensOnTheAmount()
{
    LogStudyDialog dialog(certification(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *hours = dialog.findChild<QDoubleSpinBox *>(u"studyHoursSpin"_s);
    QVERIFY(hours);
    QTRY_COMPARE(QApplication::focusWidget(), hours);
    // What the user types replaces the default hour.
    QTest::keyClicks(QApplication::focusWidget(), u"3"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().minutes, 180);
    QCOMPARE(dialog.session().certificationId, qint64(7));
}

void TestLogStudyDialog::moreThanADayIsRefusedWithAMessage()
{
    LogStudyDialog dialog(certification(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *hours = dialog.findChild<QDoubleSpinBox *>(u"studyHoursSpin"_s);
    auto *error = dialog.findChild<QLabel *>(u"studyHoursError"_s);
    QVERIFY(hours && error);
    QTRY_COMPARE(QApplication::focusWidget(), hours);
    QTest::keyClicks(hours, u"50"_s);
    QCOMPARE(hours->value(), 50.0); // not cut to "5"
    QTest::keyClick(hours, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"24"_s), qPrintable(error->text()));
    QCOMPARE(error->textFormat() == Qt::RichText, false);
    // Correcting the amount clears the message, and the session is logged.
    hours->selectAll();
    QTest::keyClicks(hours, u"12"_s);
    QVERIFY(!error->isVisible());
    QTest::keyClick(hours, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().minutes, 720);
}

void TestLogStudyDialog::datesShowFourDigitYears()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QVERIFY(german.dateFormat(QLocale::ShortFormat).count(u'y') == 2); // what went wrong
    QCOMPARE(DateText::shortDate(QDate(2027, 1, 6), german), u"06.01.2027"_s);
    QCOMPARE(
        DateText::shortDate(QDate(2027, 1, 6), QLocale(QLocale::English, QLocale::UnitedStates)),
        u"1/6/2027"_s);
    QCOMPARE(DateText::shortDate(QDate()), QString());
    LogStudyDialog dialog(certification(), {});
    auto *date = dialog.findChild<QDateEdit *>(u"studyDateEdit"_s);
    QVERIFY(date);
    QVERIFY2(date->displayFormat().contains(u"yyyy"_s), qPrintable(date->displayFormat()));
}

QTEST_MAIN(TestLogStudyDialog)
#include "tst_logstudydialog.moc"

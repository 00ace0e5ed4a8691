#include "certificationsfixture.h"

#include "certifications/certificationsmodel.h"
#include "common/optionaldateedit.h"
#include "domain/datetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

// The certification editor as a user drives it: every bad value is refused with a message
// beside its field and saves nothing; it works from the keyboard alone; the what-if panel
// never writes; Cancel leaves the database byte for byte as it was.
class TestCertificationEditor : public QObject
{
    Q_OBJECT

private:
    CertificationsFixture f;

    template<typename T>
    T *child(QObject *parent, const QString &name)
    {
        return CertificationsFixture::child<T>(parent, name);
    }

    static void activate(QWidget *window) { QVERIFY(CertificationsFixture::activate(window)); }

    CertificationEditor *openAdd()
    {
        f.page->addCertification();
        return f.openDialog<CertificationEditor>();
    }

    CertificationEditor *openEdit(qint64 id)
    {
        f.page->editCertification(id);
        return f.openDialog<CertificationEditor>();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { QVERIFY(f.open()); }
    void cleanup() { f.close(); }

    // Each bad value, set on a form that is otherwise fine: the message shows beside the
    // field, Save is off, a forced accept is refused, and nothing reaches the database.
    void refusesEachBadValue_data()
    {
        QTest::addColumn<QString>("spin");
        QTest::addColumn<int>("upliftMode"); // -1: leave it
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("field");

        QTest::newRow("exam fee") << u"examCostSpin"_s << -1 << -0.01 << u"examCost"_s;
        QTest::newRow("materials") << u"materialsCostSpin"_s << -1 << -20.0 << u"materialsCost"_s;
        QTest::newRow("other costs") << u"otherCostSpin"_s << -1 << -5.0 << u"otherCost"_s;
        QTest::newRow("renewal fee") << u"renewalCostSpin"_s << -1 << -75.0 << u"renewalCost"_s;
        QTest::newRow("planned hours") << u"plannedHoursSpin"_s << -1 << -1.0 << u"plannedHours"_s;
        QTest::newRow("uplift amount") << u"upliftSpin"_s << 1 << -1000.0 << u"uplift"_s;
        QTest::newRow("uplift percent") << u"upliftSpin"_s << 2 << -5.0 << u"uplift"_s;
    }

    void refusesEachBadValue()
    {
        QFETCH(QString, spin);
        QFETCH(int, upliftMode);
        QFETCH(double, value);
        QFETCH(QString, field);
        const QByteArray before = f.hash();
        CertificationEditor *editor = openAdd();
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, u"nameEdit"_s), u"Careful"_s);
        auto *save = child<QPushButton>(editor, u"saveButton"_s);
        QVERIFY(save->isEnabled());
        child<QTabWidget>(editor, u"editorTabs"_s)->setCurrentIndex(1);
        if (upliftMode >= 0)
            child<QComboBox>(editor, u"upliftModeCombo"_s)->setCurrentIndex(upliftMode);
        child<QDoubleSpinBox>(editor, spin)->setValue(value);

        auto *message = child<QLabel>(editor, field + u"Error"_s);
        QVERIFY(message);
        QVERIFY2(message->isVisible(), "the message is beside the field");
        QCOMPARE(message->text(), u"Cannot be negative."_s);
        QCOMPARE(editor->problems().keys(), QList<QString> {field});
        QVERIFY(!save->isEnabled());
        editor->accept();
        QVERIFY(editor->isVisible());
        QCOMPARE(child<QTabWidget>(editor, u"editorTabs"_s)->currentIndex(), 1);
        // Back to zero: the message goes and Save comes back.
        child<QDoubleSpinBox>(editor, spin)->setValue(0);
        QVERIFY(!message->isVisible());
        QVERIFY(save->isEnabled());
        child<QDoubleSpinBox>(editor, spin)->setValue(value);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QCOMPARE(f.hash(), before);
        QCOMPARE(f.undoStack->count(), 0);
    }

    // Dates in each pair out of order, and the pair in order: start <= exam <= earned <= expiry.
    void datesInOrder_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("field");
        QTest::newRow("start, exam") << u"startedDate"_s << u"examDate"_s << u"examDate"_s;
        QTest::newRow("exam, earned") << u"examDate"_s << u"earnedDate"_s << u"earnedDate"_s;
        QTest::newRow("earned, expiry") << u"earnedDate"_s << u"expiresDate"_s << u"expiresDate"_s;
        QTest::newRow("start, earned") << u"startedDate"_s << u"earnedDate"_s << u"earnedDate"_s;
        QTest::newRow("start, expiry") << u"startedDate"_s << u"expiresDate"_s << u"expiresDate"_s;
        QTest::newRow("exam, expiry") << u"examDate"_s << u"expiresDate"_s << u"expiresDate"_s;
    }

    void datesInOrder()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, field);
        CertificationEditor *editor = openAdd();
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, u"nameEdit"_s), u"Dated"_s);
        auto set = [&](const QString &name, const QDate &date) {
            auto *d = child<OptionalDateEdit>(editor, name);
            if (!d->checkBox()->isChecked())
                QTest::mouseClick(d->checkBox(), Qt::LeftButton);
            d->dateEdit()->setDate(date);
        };
        set(first, QDate(2026, 6, 10));
        set(second, QDate(2026, 6, 9));
        auto *message = child<QLabel>(editor, field + u"Error"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(DateText::shortDate(QDate(2026, 6, 10))),
                 qPrintable(message->text()));
        QVERIFY(!child<QPushButton>(editor, u"saveButton"_s)->isEnabled());
        set(second, QDate(2026, 6, 10)); // the same day is in order
        QVERIFY(!message->isVisible());
        QVERIFY(child<QPushButton>(editor, u"saveButton"_s)->isEnabled());
        editor->reject();
        QCOMPARE(f.rows(), 0);
    }

    void currencyMustBeThreeLetters_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty: the profile's") << QString() << true;
        QTest::newRow("one letter") << u"e"_s << false;
        QTest::newRow("two letters") << u"eu"_s << false;
        QTest::newRow("lower case code") << u"eur"_s << true;
        QTest::newRow("digits are not typed") << u"e1u"_s << false;
        QTest::newRow("a fourth letter is not typed") << u"eurx"_s << true;
    }

    void currencyMustBeThreeLetters()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        CertificationEditor *editor = openAdd();
        QTest::keyClicks(child<QLineEdit>(editor, u"nameEdit"_s), u"Priced"_s);
        child<QTabWidget>(editor, u"editorTabs"_s)->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>(editor, u"currencyEdit"_s), typed);
        QCOMPARE(child<QLabel>(editor, u"currencyError"_s)->isVisible(), !ok);
        QCOMPARE(child<QPushButton>(editor, u"saveButton"_s)->isEnabled(), ok);
        if (ok) {
            QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
            const Certification c
                = CertificationRepository(f.database->connection()).all(nullptr).value().at(0);
            QCOMPARE(c.currency, typed.left(3).toUpper());
        } else {
            editor->reject();
            QCOMPARE(f.rows(), 0);
        }
    }

    // Tab walks the form from the name, Enter saves, Escape cancels: no mouse needed.
    void keyboardOnly()
    {
        CertificationEditor *editor = openAdd();
        QVERIFY(editor);
        auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
        // The name has the focus once the dialog is active (offscreen needs telling).
        QCOMPARE(editor->focusWidget(), name);
        activate(editor);
        QCOMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, u"Typed In"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(editor, u"issuerEdit"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Keyboard Inc"_s);
        // Enter in a field saves the form.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!editor->isVisible());
        QCOMPARE(f.rows(), 1);
        const Certification saved
            = CertificationRepository(f.database->connection()).all(nullptr).value().at(0);
        QCOMPARE(saved.name, u"Typed In"_s);
        QCOMPARE(saved.issuer, u"Keyboard Inc"_s);

        // Enter on a form that cannot be saved does nothing; Escape cancels.
        editor = openAdd();
        activate(editor);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(editor->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QCOMPARE(f.rows(), 1);
    }

    // Change everything, what-if included, then Cancel: not one byte of the database moves.
    void cancelLeavesTheDatabaseUnchanged()
    {
        Certification c = CertificationsFixture::worked();
        c.issuer = u"Issuer"_s;
        const qint64 id = f.insert(c);
        const QByteArray before = f.hash();
        QVERIFY(!before.isEmpty());
        CertificationEditor *editor = openEdit(id);
        QVERIFY(editor);
        auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Changed"_s);
        child<QComboBox>(editor, u"statusCombo"_s)->setCurrentIndex(3);
        auto *exam = child<OptionalDateEdit>(editor, u"examDate"_s);
        QTest::mouseClick(exam->checkBox(), Qt::LeftButton);
        for (const QString &spin : {u"examCostSpin"_s, u"materialsCostSpin"_s, u"otherCostSpin"_s,
                                    u"renewalCostSpin"_s, u"plannedHoursSpin"_s, u"upliftSpin"_s})
            child<QDoubleSpinBox>(editor, spin)->setValue(123);
        child<QLineEdit>(editor, u"currencyEdit"_s)->setText(u"EUR"_s);
        child<QDoubleSpinBox>(editor, u"whatIfTaxSpin"_s)->setValue(10);
        child<QSpinBox>(editor, u"whatIfHorizonSpin"_s)->setValue(7);
        auto *skills = child<QListWidget>(editor, u"skillList"_s);
        QVERIFY(skills->count() > 0);
        skills->item(0)->setCheckState(Qt::Checked);
        QVERIFY(child<QPushButton>(editor, u"saveButton"_s)->isEnabled());
        QTest::mouseClick(
            child<QDialogButtonBox>(editor, QString())->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QVERIFY(!editor->isVisible());
        QCOMPARE(f.hash(), before);
        QCOMPARE(f.undoStack->count(), 0);
        QCOMPARE(f.page->model()->certification(0).name, u"Worked Example"_s);
    }

    // The what-if follows uplift, hours, tax and horizon as they change; the horizon can be
    // tried at zero (refused with a reason), and no label ever shows inf or NaN.
    void whatIfFollowsEveryInput()
    {
        const qint64 id = f.insert(CertificationsFixture::worked());
        CertificationEditor *editor = openEdit(id);
        QVERIFY(editor);
        auto *roi = child<QLabel>(editor, u"roiValue"_s);
        auto *payback = child<QLabel>(editor, u"paybackValue"_s);
        auto *npv = child<QLabel>(editor, u"npvValue"_s);
        auto *uplift = child<QDoubleSpinBox>(editor, u"upliftSpin"_s);
        QCOMPARE(roi->text(), u"483.3 %"_s);
        uplift->setValue(20000); // 14,000 a year after tax
        QCOMPARE(payback->text(), u"3.1 months"_s);
        child<QComboBox>(editor, u"upliftModeCombo"_s)->setCurrentIndex(2);
        uplift->setValue(12.5); // 12.5 % of 83,200 = 10,400
        QCOMPARE(child<QLabel>(editor, u"benefitValue"_s)->text(), u"$7,280.00"_s);
        child<QDoubleSpinBox>(editor, u"examCostSpin"_s)->setValue(0);
        child<QDoubleSpinBox>(editor, u"materialsCostSpin"_s)->setValue(0);
        child<QDoubleSpinBox>(editor, u"plannedHoursSpin"_s)->setValue(0);
        QCOMPARE(roi->text(), u"free"_s);
        QCOMPARE(payback->text(), u"at once"_s);
        uplift->setValue(0);
        QCOMPARE(payback->text(), u"no payback"_s);
        child<QSpinBox>(editor, u"whatIfHorizonSpin"_s)->setValue(0);
        QCOMPARE(roi->text(), u"Set a horizon of at least one year"_s);
        QVERIFY(npv->text().isEmpty());
        const QRegularExpression notANumber(u"\\b(inf|nan)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        const QList<QLabel *> labels = editor->findChildren<QLabel *>();
        for (QLabel *l : labels)
            QVERIFY2(!l->text().contains(notANumber), qPrintable(l->text()));
        editor->reject();
    }

    // A certification from the catalogue says its costs are estimates and when they were
    // written down; one the user typed in does not.
    void catalogueEstimatesAreDated()
    {
        Certification fromCatalogue = CertificationsFixture::worked(u"From Catalogue"_s);
        fromCatalogue.catalogueKey = u"aws-ai-practitioner"_s;
        const qint64 a = f.insert(fromCatalogue);
        const qint64 b = f.insert(CertificationsFixture::worked(u"Typed"_s));
        CertificationEditor *editor = openEdit(a);
        auto *note = editor->findChild<QLabel *>(u"catalogueEstimateNote"_s);
        QVERIFY(note);
        QVERIFY(note->text().contains(u"estimates"_s));
        QVERIFY(note->text().contains(u"2026"_s));
        editor->reject();
        editor = openEdit(b);
        QVERIFY(!editor->findChild<QLabel *>(u"catalogueEstimateNote"_s));
        editor->reject();
    }

    // Costs in another currency than the salary: the what-if says the figures mix both.
    void mixedCurrencyIsFlagged()
    {
        Certification c = CertificationsFixture::worked();
        c.currency = u"EUR"_s;
        const qint64 id = f.insert(c);
        CertificationEditor *editor = openEdit(id);
        child<QTabWidget>(editor, u"editorTabs"_s)->setCurrentIndex(1);
        auto *note = child<QLabel>(editor, u"mixedCurrencyNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"EUR"_s));
        QVERIFY(note->text().contains(u"USD"_s));
        // The time cost is in the salary's currency, and the total shows both parts.
        QCOMPARE(child<QLabel>(editor, u"timeCostValue"_s)->text(), u"$3,200.00 (80 h)"_s);
        QCOMPARE(child<QLabel>(editor, u"totalCostValue"_s)->text(), u"€400.00 + $3,200.00"_s);
        QCOMPARE(child<QLabel>(editor, u"benefitValue"_s)->text(), u"€7,000.00"_s);
        // Without study hours nothing salary-based is added: no mix.
        child<QDoubleSpinBox>(editor, u"plannedHoursSpin"_s)->setValue(0);
        QVERIFY(!note->isVisible());
        // An uplift as a share of the salary is in the salary's currency: mixed again.
        child<QComboBox>(editor, u"upliftModeCombo"_s)->setCurrentIndex(2);
        child<QDoubleSpinBox>(editor, u"upliftSpin"_s)->setValue(12.5);
        QCOMPARE(child<QLabel>(editor, u"benefitValue"_s)->text(), u"$7,280.00"_s);
        QVERIFY(note->isVisible());
        editor->reject();
    }
};

QTEST_MAIN(TestCertificationEditor)
#include "tst_certificationeditor.moc"

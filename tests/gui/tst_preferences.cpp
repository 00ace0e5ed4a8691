#include "certifications/roisettingspanel.h"
#include "checkedread.h"
#include "common/changenotifier.h"
#include "common/preferencesdialog.h"
#include "common/profilepanel.h"
#include "db/database.h"
#include "db/profilerepository.h"
#include "db/settingsrepository.h"
#include "interviews/interviewsettingspanel.h"
#include "io/newworkbench.h"
#include "skills/skillssettingspanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void profileIsSavedOnOk();
    void badCurrencyIsShownAndNothingIsSaved();
    void nothingIsSavedWithoutItsOwnTransaction();
    void changesAreOneUndoableEdit();
    void okWithoutChangesLeavesNoUndoEntry();
    void unreadProfileIsNotBlanked();
    void unreadSettingsAreNotDefaulted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
    ChangeNotifier m_notifier;
};

void TestPreferences::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(u"%1.sqlite"_s.arg(QTest::currentTestFunction())),
                       NewWorkbench::builtInRoadmap()));
}

void TestPreferences::profileIsSavedOnOk()
{
    const WorkbenchContext ctx {m_db.get(), &m_undo, &m_notifier};
    QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);
    PreferencesDialog dialog(ctx, {new ProfilePanel(ctx)});
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(u"profileName"_s);
    auto *salary = dialog.findChild<QDoubleSpinBox *>(u"profileSalary"_s);
    auto *currency = dialog.findChild<QComboBox *>(u"profileCurrency"_s);
    QVERIFY(name && salary && currency);
    name->clear();
    QTest::keyClicks(name, u"Grace Hopper"_s);
    salary->setValue(88000);
    currency->setCurrentText(u"eur"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Profile p = ProfileRepository(m_db->connection()).load(nullptr).value();
    QCOMPARE(p.name, u"Grace Hopper"_s);
    QCOMPARE(p.currentSalary, 88000.0);
    QCOMPARE(p.currency, u"EUR"_s);
    QCOMPARE(changed.count(), 1);
}

void TestPreferences::badCurrencyIsShownAndNothingIsSaved()
{
    const WorkbenchContext ctx {m_db.get(), &m_undo, &m_notifier};
    PreferencesDialog dialog(ctx, {new ProfilePanel(ctx)});
    dialog.show();
    dialog.findChild<QLineEdit *>(u"profileName"_s)->setText(u"Changed"_s);
    dialog.findChild<QComboBox *>(u"profileCurrency"_s)->setCurrentText(u"EU"_s);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(u"profileCurrencyError"_s);
    QVERIFY(error && error->isVisible());
    QVERIFY(!error->text().isEmpty());
    const Profile p = ProfileRepository(m_db->connection()).load(nullptr).value();
    QCOMPARE(p.name, QString());
    QCOMPARE(p.currency, u"USD"_s);
}

void TestPreferences::nothingIsSavedWithoutItsOwnTransaction()
{
    const WorkbenchContext ctx {m_db.get(), &m_undo, &m_notifier};
    PreferencesDialog dialog(ctx, {new ProfilePanel(ctx)});
    dialog.show();
    dialog.findChild<QLineEdit *>(u"profileName"_s)->setText(u"Changed"_s);
    // A transaction already open on the connection: the dialog's own cannot begin, so it
    // must not write (the outer one would keep what the dialog says was not saved).
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    dialog.accept();
    QVERIFY(db.commit());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"preferencesError"_s)->isVisible());
    QCOMPARE(ProfileRepository(m_db->connection()).load(nullptr).value().name, QString());
}

// Issue 9: preferences stored in the workbench (salary, budget, assumptions) could not be
// undone. OK is now one edit on the stack: undo restores every tab's values, redo re-applies.
void TestPreferences::changesAreOneUndoableEdit()
{
    const WorkbenchContext ctx {m_db.get(), &m_undo, &m_notifier};
    m_undo.clear();
    SettingsRepository settings(m_db->connection());
    const QVariant budgetBefore = *settings.value(u"skills/weeklyBudgetHours"_s, CheckedRead());
    PreferencesDialog dialog(ctx, {new ProfilePanel(ctx), new SkillsSettingsPanel(ctx)});
    dialog.show();
    dialog.findChild<QDoubleSpinBox *>(u"profileSalary"_s)->setValue(61000);
    auto *budget = dialog.findChild<QDoubleSpinBox *>(u"weeklyBudgetSpin"_s);
    QVERIFY(budget);
    budget->setValue(budget->value() + 3);
    const double budgetAfter = budget->value();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.undoText(), u"Change Preferences"_s);
    QCOMPARE(ProfileRepository(m_db->connection()).load(nullptr).value().currentSalary, 61000.0);
    QCOMPARE(settings.doubleValue(u"skills/weeklyBudgetHours"_s, -1, CheckedRead()), budgetAfter);

    QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);
    m_undo.undo();
    QCOMPARE(ProfileRepository(m_db->connection()).load(nullptr).value().currentSalary, 0.0);
    QCOMPARE(*settings.value(u"skills/weeklyBudgetHours"_s, CheckedRead()), budgetBefore);
    QCOMPARE(changed.count(), 1); // the pages reload
    m_undo.redo();
    QCOMPARE(ProfileRepository(m_db->connection()).load(nullptr).value().currentSalary, 61000.0);
    QCOMPARE(settings.doubleValue(u"skills/weeklyBudgetHours"_s, -1, CheckedRead()), budgetAfter);
}

void TestPreferences::okWithoutChangesLeavesNoUndoEntry()
{
    const WorkbenchContext ctx {m_db.get(), &m_undo, &m_notifier};
    m_undo.clear();
    // Every tab Preferences has, on a fresh workbench whose settings are still the defaults.
    PreferencesDialog dialog(ctx,
                             {new ProfilePanel(ctx), new SkillsSettingsPanel(ctx),
                              new RoiSettingsPanel(ctx), new InterviewSettingsPanel(ctx)});
    dialog.show();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_undo.count(), 0);
}

// Issue #8: a profile that could not be read when the dialog opened shows blank fields; OK
// must not write those blanks over the profile in the file, even once it reads again.
void TestPreferences::unreadProfileIsNotBlanked()
{
    const WorkbenchContext ctx {m_db.get(), &m_undo, &m_notifier};
    m_undo.clear();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE profile SET name = 'Ada', current_salary = 90000"_s));
    QVERIFY(q.exec(u"CREATE TEMP TABLE profile (unrelated INTEGER)"_s));
    PreferencesDialog dialog(ctx, {new ProfilePanel(ctx)});
    dialog.show();
    QVERIFY(q.exec(u"DROP TABLE temp.profile"_s));
    auto *error = dialog.findChild<QLabel *>(u"preferencesError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"cannot be read"_s), qPrintable(error->text()));
    QCOMPARE(dialog.findChild<QLineEdit *>(u"profileName"_s)->text(), QString());
    // The user fills in what looks missing and presses OK.
    dialog.findChild<QComboBox *>(u"profileCurrency"_s)->setCurrentText(u"EUR"_s);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(u"Nothing was saved"_s), qPrintable(error->text()));
    const Profile p = ProfileRepository(m_db->connection()).load(nullptr).value();
    QCOMPARE(p.name, u"Ada"_s);
    QCOMPARE(p.currentSalary, 90000.0);
    QCOMPARE(m_undo.count(), 0);
}

// Issue #8: settings that could not be read when the dialog opened show the defaults; OK must
// not write those defaults over the budget in the file, even once it reads again.
void TestPreferences::unreadSettingsAreNotDefaulted()
{
    const WorkbenchContext ctx {m_db.get(), &m_undo, &m_notifier};
    m_undo.clear();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('skills/weeklyBudgetHours', '12') "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s));
    QVERIFY(q.exec(u"CREATE TEMP TABLE settings (unrelated INTEGER)"_s));
    PreferencesDialog dialog(ctx, {new SkillsSettingsPanel(ctx)});
    dialog.show();
    QVERIFY(q.exec(u"DROP TABLE temp.settings"_s));
    auto *error = dialog.findChild<QLabel *>(u"preferencesError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"cannot be read"_s), qPrintable(error->text()));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(u"Nothing was saved"_s), qPrintable(error->text()));
    SettingsRepository settings(m_db->connection());
    QCOMPARE(settings.doubleValue(u"skills/weeklyBudgetHours"_s, -1, CheckedRead()), 12.0);
    QCOMPARE(m_undo.count(), 0);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"

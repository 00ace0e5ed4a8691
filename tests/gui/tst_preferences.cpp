#include "common/changenotifier.h"
#include "common/preferencesdialog.h"
#include "common/profilepanel.h"
#include "db/database.h"
#include "db/profilerepository.h"
#include "io/newworkbench.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
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
    const Profile p = ProfileRepository(m_db->connection()).load();
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
    const Profile p = ProfileRepository(m_db->connection()).load();
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
    QCOMPARE(ProfileRepository(m_db->connection()).load().name, QString());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"

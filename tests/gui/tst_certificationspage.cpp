#include "certifications/cataloguedialog.h"
#include "certifications/certificationeditor.h"
#include "certifications/certificationfilterproxy.h"
#include "certifications/certificationsmodel.h"
#include "certifications/certificationspage.h"
#include "certifications/comparecharts.h"
#include "certifications/logstudydialog.h"
#include "certifications/roisettingspanel.h"
#include "certificationsfixture.h"
#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "common/elidedtooltipdelegate.h"
#include "common/optionaldateedit.h"
#include "common/upcominglist.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "io/newworkbench.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

// The Certifications page as a user drives it: the editor refuses bad input and saves
// nothing, added certifications are ranked, edits undo and redo, study time is logged, the
// catalogue adds rows without touching the user's, and the model passes the model tester.
class TestCertificationsPage : public QObject
{
    Q_OBJECT

private:
    CertificationsFixture f;

    template<typename T>
    static T *child(QObject *parent, const QString &name)
    {
        return CertificationsFixture::child<T>(parent, name);
    }

    CertificationEditor *clickAdd()
    {
        QTest::mouseClick(child<QPushButton>(f.page.get(), u"addButton"_s), Qt::LeftButton);
        return f.openDialog<CertificationEditor>();
    }

    // Fills the editor with a name, costs, hours and an uplift amount, then saves.
    bool addViaEditor(const QString &name, double exam, double materials, double hours,
                      double uplift)
    {
        CertificationEditor *editor = clickAdd();
        if (!editor)
            return false;
        QTest::keyClicks(child<QLineEdit>(editor, u"nameEdit"_s), name);
        child<QDoubleSpinBox>(editor, u"examCostSpin"_s)->setValue(exam);
        child<QDoubleSpinBox>(editor, u"materialsCostSpin"_s)->setValue(materials);
        child<QDoubleSpinBox>(editor, u"plannedHoursSpin"_s)->setValue(hours);
        auto *mode = child<QComboBox>(editor, u"upliftModeCombo"_s);
        mode->setCurrentIndex(1); // an amount a year
        child<QDoubleSpinBox>(editor, u"upliftSpin"_s)->setValue(uplift);
        QPushButton *save = child<QPushButton>(editor, u"saveButton"_s);
        if (!save->isEnabled())
            return false;
        QTest::mouseClick(save, Qt::LeftButton);
        return !editor->isVisible();
    }

    int proxyRowNamed(const QString &name) const
    {
        CertificationFilterProxy *p = f.page->proxy();
        for (int r = 0; r < p->rowCount(); ++r) {
            if (p->index(r, CertificationsModel::Name).data().toString() == name)
                return r;
        }
        return -1;
    }

    void selectRowNamed(const QString &name)
    {
        auto *table = child<QTableView>(f.page.get(), u"certificationsTable"_s);
        table->selectRow(proxyRowNamed(name));
    }

private slots:
    void initTestCase()
    {
        Dialogs::setTestMode(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { QVERIFY(f.open()); }
    void cleanup() { f.close(); }

    void emptyStateSaysWhatToDo()
    {
        auto *label = child<QLabel>(f.page.get(), u"emptyStateLabel"_s);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(u"Catalogue"_s));
        QVERIFY(!child<QTableView>(f.page.get(), u"certificationsTable"_s)->isVisible());
        QVERIFY(addViaEditor(u"First"_s, 100, 0, 10, 1000));
        QVERIFY(!label->isVisible());
        QVERIFY(child<QTableView>(f.page.get(), u"certificationsTable"_s)->isVisible());
    }

    // A 1024x640 screen leaves the page about 870 px: a long name stays readable (the last
    // columns scroll instead of the name becoming "AWS C...").
    void namesStayReadableOnASmallScreen()
    {
        const QString name = u"AWS Certified Machine Learning"_s;
        QVERIFY(addViaEditor(name + u" Engineer - Associate"_s, 150, 0, 80, 2000));
        QVERIFY(addViaEditor(u"Second"_s, 100, 0, 10, 1000));
        f.page->resize(870, 540);
        auto *table = child<QTableView>(f.page.get(), u"certificationsTable"_s);
        const QFontMetrics metrics(table->font());
        QTRY_VERIFY2(table->columnWidth(CertificationsModel::Name)
                         >= metrics.horizontalAdvance(name),
                     qPrintable(QString::number(table->columnWidth(CertificationsModel::Name))));
        // With room to spare the name takes it all: no sideways scrolling.
        f.page->resize(1600, 760);
        QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    }

    void modelPassesTheTester()
    {
        CertificationsModel *model = f.page->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            f.page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(addViaEditor(u"Alpha"_s, 300, 100, 80, 10000));
        QVERIFY(addViaEditor(u"Beta"_s, 100, 0, 10, 0));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), int(CertificationsModel::ColumnCount));
        f.page->reload();
        selectRowNamed(u"Beta"_s);
        Dialogs::queueAnswer(QMessageBox::Yes);
        f.page->deleteSelected();
        QCOMPARE(model->rowCount(), 1);
        f.undoStack->undo();
        QCOMPARE(model->rowCount(), 2);
        child<QLineEdit>(f.page.get(), u"filterEdit"_s)->setText(u"alp"_s);
        QCOMPARE(f.page->proxy()->rowCount(), 1);
        child<QLineEdit>(f.page.get(), u"filterEdit"_s)->clear();
        QCOMPARE(f.page->proxy()->rowCount(), 2);
    }

    void editorRefusesBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("errorLabel");
        QTest::newRow("no name") << u"name"_s << u"nameError"_s;
        QTest::newRow("negative exam fee") << u"examCost"_s << u"examCostError"_s;
        QTest::newRow("negative hours") << u"plannedHours"_s << u"plannedHoursError"_s;
        QTest::newRow("negative uplift") << u"uplift"_s << u"upliftError"_s;
        QTest::newRow("exam before start") << u"examDate"_s << u"examDateError"_s;
        QTest::newRow("earned before exam") << u"earnedDate"_s << u"earnedDateError"_s;
        QTest::newRow("expiry before earned") << u"expiresDate"_s << u"expiresDateError"_s;
        QTest::newRow("bad currency") << u"currency"_s << u"currencyError"_s;
    }

    void editorRefusesBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, errorLabel);
        const int before = f.rows();
        CertificationEditor *editor = clickAdd();
        QVERIFY(editor);
        auto *tabs = child<QTabWidget>(editor, u"editorTabs"_s);
        auto *nameEdit = child<QLineEdit>(editor, u"nameEdit"_s);
        if (field != u"name"_s) {
            QTest::keyClicks(nameEdit, u"Bad Input Cert"_s);
        } else {
            // A fresh form waits for the user before it complains; Save is off meanwhile.
            QVERIFY(!child<QLabel>(editor, errorLabel)->isVisible());
            QVERIFY(!child<QPushButton>(editor, u"saveButton"_s)->isEnabled());
            QTest::keyClicks(nameEdit, u"x"_s);
            QTest::keyClick(nameEdit, Qt::Key_Backspace);
        }
        auto setDate = [&](const QString &name, const QDate &date) {
            auto *d = child<OptionalDateEdit>(editor, name);
            QTest::mouseClick(d->checkBox(), Qt::LeftButton);
            d->dateEdit()->setDate(date);
        };
        if (field == u"examCost"_s || field == u"plannedHours"_s || field == u"uplift"_s
            || field == u"currency"_s)
            tabs->setCurrentIndex(1);
        if (field == u"examCost"_s) {
            child<QDoubleSpinBox>(editor, u"examCostSpin"_s)->setValue(-50);
        } else if (field == u"plannedHours"_s) {
            child<QDoubleSpinBox>(editor, u"plannedHoursSpin"_s)->setValue(-5);
        } else if (field == u"uplift"_s) {
            child<QComboBox>(editor, u"upliftModeCombo"_s)->setCurrentIndex(1);
            child<QDoubleSpinBox>(editor, u"upliftSpin"_s)->setValue(-1000);
        } else if (field == u"currency"_s) {
            QTest::keyClicks(child<QLineEdit>(editor, u"currencyEdit"_s), u"us"_s);
        } else if (field == u"examDate"_s) {
            setDate(u"startedDate"_s, QDate(2026, 5, 1));
            setDate(u"examDate"_s, QDate(2026, 4, 1));
        } else if (field == u"earnedDate"_s) {
            setDate(u"examDate"_s, QDate(2026, 5, 1));
            setDate(u"earnedDate"_s, QDate(2026, 4, 30));
        } else if (field == u"expiresDate"_s) {
            // The exam is not set: the expiry is checked against the earned date anyway.
            setDate(u"earnedDate"_s, QDate(2026, 5, 1));
            setDate(u"expiresDate"_s, QDate(2025, 5, 1));
        }
        auto *label = child<QLabel>(editor, errorLabel);
        QVERIFY(label);
        QVERIFY2(label->isVisible(), "the message is shown beside the field");
        QVERIFY(!label->text().isEmpty());
        QVERIFY(editor->problems().contains(field));
        auto *save = child<QPushButton>(editor, u"saveButton"_s);
        QVERIFY(!save->isEnabled());
        // Even forced, accept() refuses and keeps the dialog open.
        editor->accept();
        QVERIFY(editor->isVisible());
        QVERIFY(!child<QLabel>(editor, u"editorSummary"_s)->text().isEmpty());
        editor->reject();
        QCOMPARE(f.rows(), before);
        QCOMPARE(f.undoStack->count(), 0);
    }

    void addedCertificationsAreRanked()
    {
        // The worked example and a cheaper, quicker one.
        QVERIFY(addViaEditor(u"Worked Example"_s, 300, 100, 80, 10000));
        QVERIFY(addViaEditor(u"Quick Win"_s, 100, 0, 10, 2000));
        QCOMPARE(f.rows(), 2);
        CertificationFilterProxy *proxy = f.page->proxy();
        const int worked = proxyRowNamed(u"Worked Example"_s);
        QCOMPARE(proxy->index(worked, CertificationsModel::TotalCost).data().toString(),
                 u"$3,600"_s);
        QCOMPARE(proxy->index(worked, CertificationsModel::Roi).data().toString(), u"483.3 %"_s);
        QCOMPARE(proxy->index(worked, CertificationsModel::Payback).data().toString(),
                 u"6.2 months"_s);
        QCOMPARE(proxy->index(worked, CertificationsModel::Npv).data().toString(), u"$14,440"_s);

        auto *rank = child<QComboBox>(f.page.get(), u"rankCombo"_s);
        CompareCharts *charts = f.page->charts();
        // NPV: 14,439.7 against 3,108.0.
        rank->setCurrentIndex(rank->findData(int(RoiCalculator::RankBy::Npv)));
        QCOMPARE(charts->rankedNames(), (QStringList {u"Worked Example"_s, u"Quick Win"_s}));
        QCOMPARE(proxyRowNamed(u"Worked Example"_s), 0);
        // ROI: 740 % against 483.3 %.
        rank->setCurrentIndex(rank->findData(int(RoiCalculator::RankBy::Roi)));
        QCOMPARE(charts->rankedNames(), (QStringList {u"Quick Win"_s, u"Worked Example"_s}));
        QCOMPARE(proxyRowNamed(u"Quick Win"_s), 0);
        // Payback: 4.3 months against 6.2.
        rank->setCurrentIndex(rank->findData(int(RoiCalculator::RankBy::Payback)));
        QCOMPARE(charts->rankedNames(), (QStringList {u"Quick Win"_s, u"Worked Example"_s}));
        QCOMPARE(proxyRowNamed(u"Quick Win"_s), 0);

        // A third one without an uplift never pays back and ranks last.
        QVERIFY(addViaEditor(u"No Uplift"_s, 50, 0, 5, 0));
        QCOMPARE(charts->rankedNames().last(), u"No Uplift"_s);
        QCOMPARE(proxyRowNamed(u"No Uplift"_s), 2);
        QCOMPARE(proxy->index(2, CertificationsModel::Payback).data().toString(), u"no payback"_s);
    }

    void undoRedoAddEditDelete()
    {
        QVERIFY(addViaEditor(u"Original"_s, 200, 0, 20, 3000));
        QCOMPARE(f.rows(), 1);
        selectRowNamed(u"Original"_s);
        f.page->editSelected();
        CertificationEditor *editor = f.openDialog<CertificationEditor>();
        QVERIFY(editor);
        auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Renamed"_s);
        QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(f.page->model()->certification(0).name, u"Renamed"_s);

        // Log study time, then delete: undo brings back both.
        selectRowNamed(u"Renamed"_s);
        QTest::mouseClick(child<QPushButton>(f.page.get(), u"logStudyButton"_s), Qt::LeftButton);
        LogStudyDialog *log = f.openDialog<LogStudyDialog>();
        QVERIFY(log);
        child<QDoubleSpinBox>(log, u"studyHoursSpin"_s)->setValue(2.5);
        log->accept();
        QCOMPARE(f.page->model()->certification(0).loggedHours, 2.5);
        QCOMPARE(f.rows(u"study_sessions"_s), 1);

        selectRowNamed(u"Renamed"_s);
        Dialogs::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(f.page.get(), u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(f.rows(), 0);
        QCOMPARE(f.rows(u"study_sessions"_s), 0);
        QCOMPARE(f.undoStack->count(), 4);

        f.undoStack->undo(); // delete
        QCOMPARE(f.rows(), 1);
        QCOMPARE(f.rows(u"study_sessions"_s), 1);
        QCOMPARE(f.page->model()->certification(0).loggedHours, 2.5);
        f.undoStack->undo(); // log
        QCOMPARE(f.page->model()->certification(0).loggedHours, 0.0);
        f.undoStack->undo(); // edit
        QCOMPARE(f.page->model()->certification(0).name, u"Original"_s);
        QCOMPARE(
            CertificationRepository(f.database->connection()).all(nullptr).value().first().name,
            u"Original"_s);
        f.undoStack->undo(); // add
        QCOMPARE(f.rows(), 0);
        QCOMPARE(f.page->model()->rowCount(), 0);

        f.undoStack->redo();
        f.undoStack->redo();
        QCOMPARE(f.page->model()->certification(0).name, u"Renamed"_s);
        f.undoStack->redo();
        f.undoStack->redo();
        QCOMPARE(f.rows(), 0);
    }

    // Issue #8: when the study log of a certification cannot be read, deleting it would lose
    // the log on undo, so the delete does not happen and the page says why.
    void deleteStopsWhenTheStudyLogCannotBeRead()
    {
        QVERIFY(addViaEditor(u"Logged"_s, 100, 0, 10, 1000));
        const qint64 id = f.page->model()->certification(0).id;
        QSqlQuery q(f.database->connection());
        q.prepare(u"INSERT INTO study_sessions (certification_id, studied_on, minutes) "
                  "VALUES (?, '2026-01-05', 90)"_s);
        q.addBindValue(id);
        QVERIFY(q.exec());
        // A temporary table of the same name hides the real one from this connection: the
        // certification (which reads only its sums) is found, its sessions cannot be read.
        QVERIFY2(q.exec(u"CREATE TEMP TABLE study_sessions (certification_id INTEGER, "
                        "minutes INTEGER)"_s),
                 qPrintable(q.lastError().text()));
        const int undoEntries = f.undoStack->count();
        Dialogs::takeMessages();
        selectRowNamed(u"Logged"_s);
        Dialogs::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(f.page.get(), u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(f.undoStack->count(), undoEntries);
        QVERIFY(q.exec(u"DROP TABLE temp.study_sessions"_s));
        QCOMPARE(f.rows(), 1);
        QCOMPARE(f.rows(u"study_sessions"_s), 1);
        QCOMPARE(f.page->model()->rowCount(), 1);
        const QStringList messages = Dialogs::takeMessages();
        QVERIFY2(messages.join(u'\n').contains(u"was not deleted"_s),
                 qPrintable(messages.join(u'\n')));
    }

    void whatIfUpdatesLiveAndSavesNothing()
    {
        QVERIFY(addViaEditor(u"Worked Example"_s, 300, 100, 80, 10000));
        const int stackBefore = f.undoStack->count();
        selectRowNamed(u"Worked Example"_s);
        f.page->editSelected();
        CertificationEditor *editor = f.openDialog<CertificationEditor>();
        QVERIFY(editor);
        child<QTabWidget>(editor, u"editorTabs"_s)->setCurrentIndex(1);
        auto *roi = child<QLabel>(editor, u"roiValue"_s);
        auto *npv = child<QLabel>(editor, u"npvValue"_s);
        QCOMPARE(roi->text(), u"483.3 %"_s);
        QCOMPARE(child<QLabel>(editor, u"paybackValue"_s)->text(), u"6.2 months"_s);
        QCOMPARE(npv->text(), u"$14,439.68"_s);

        child<QDoubleSpinBox>(editor, u"whatIfTaxSpin"_s)->setValue(0); // benefit 10,000
        QCOMPARE(roi->text(), u"733.3 %"_s);
        child<QDoubleSpinBox>(editor, u"plannedHoursSpin"_s)->setValue(40); // total 2,000
        QCOMPARE(roi->text(), u"1400.0 %"_s.replace(u"1400"_s, QLocale().toString(1400)));
        child<QSpinBox>(editor, u"whatIfHorizonSpin"_s)->setValue(0);
        QCOMPARE(roi->text(), u"Set a horizon of at least one year"_s);
        child<QSpinBox>(editor, u"whatIfHorizonSpin"_s)->setValue(3);
        child<QDoubleSpinBox>(editor, u"upliftSpin"_s)->setValue(0);
        QCOMPARE(child<QLabel>(editor, u"paybackValue"_s)->text(), u"no payback"_s);

        editor->reject();
        QCOMPARE(f.undoStack->count(), stackBefore);
        const Certification stored
            = CertificationRepository(f.database->connection()).all(nullptr).value().first();
        QCOMPARE(stored.plannedHours, 80.0);
        QCOMPARE(stored.upliftAmount.value_or(-1), 10000.0);
        QCOMPARE(f.page->model()->assumptions().taxRate, 0.30);
    }

    // Issue 13 (screenshots at 1024x640): the catalogue opened 1040 px wide, so the renewal
    // column and the Cancel button lay beyond the screen's edge.
    void catalogueFitsTheScreen()
    {
        QTest::mouseClick(child<QPushButton>(f.page.get(), u"catalogueButton"_s), Qt::LeftButton);
        CatalogueDialog *dialog = f.openDialog<CatalogueDialog>();
        QVERIFY(dialog);
        const QRect screen = dialog->screen()->availableGeometry();
        QVERIFY2(dialog->width() <= screen.width() && dialog->height() <= screen.height(),
                 qPrintable(u"%1x%2 on %3x%4"_s.arg(dialog->width())
                                .arg(dialog->height())
                                .arg(screen.width())
                                .arg(screen.height())));
        dialog->reject();
    }

    // Issue 9: on a small screen the catalogue's long names ended in "..." beside an issuer
    // column with room to spare; they go on to a second line instead.
    void catalogueNamesAreWhole()
    {
        QTest::mouseClick(child<QPushButton>(f.page.get(), u"catalogueButton"_s), Qt::LeftButton);
        CatalogueDialog *dialog = f.openDialog<CatalogueDialog>();
        QVERIFY(dialog);
        dialog->resize(860, 520);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        auto *list = child<QTreeWidget>(dialog, u"catalogueList"_s);
        QStringList cut;
        for (int r = 0; r < list->topLevelItemCount(); ++r) {
            const QModelIndex index = list->model()->index(r, 0);
            QStyleOptionViewItem option;
            option.initFrom(list);
            option.rect = list->visualRect(index);
            option.font = list->font();
            option.text = index.data().toString();
            option.features
                = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasCheckIndicator;
            if (list->wordWrap())
                option.features |= QStyleOptionViewItem::WrapText;
            if (ElidedToolTipDelegate::isCut(option, list))
                cut << option.text;
        }
        dialog->reject();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    }

    void catalogueAddsRowsAndNeverOverwrites()
    {
        QTest::mouseClick(child<QPushButton>(f.page.get(), u"catalogueButton"_s), Qt::LeftButton);
        CatalogueDialog *dialog = f.openDialog<CatalogueDialog>();
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, u"catalogueIntro"_s)->text().contains(u"estimates"_s));
        auto *list = child<QTreeWidget>(dialog, u"catalogueList"_s);
        QVERIFY(list->topLevelItemCount() >= 10);
        list->topLevelItem(0)->setCheckState(0, Qt::Checked);
        list->topLevelItem(1)->setCheckState(0, Qt::Checked);
        const QString firstName = list->topLevelItem(0)->text(0);
        QTest::mouseClick(child<QPushButton>(dialog, u"addSelectedButton"_s), Qt::LeftButton);
        QCOMPARE(f.rows(), 2);
        QCOMPARE(f.undoStack->count(), 1); // one macro
        QVERIFY(f.rows(u"certification_skills"_s) > 0);

        // The user's value for the first one.
        CertificationRepository repo(f.database->connection());
        Certification mine = repo.all(nullptr).value().first();
        QCOMPARE(mine.name, firstName);
        mine.examCost = 999;
        QVERIFY(repo.update(mine).ok());
        f.page->reload();

        QTest::mouseClick(child<QPushButton>(f.page.get(), u"catalogueButton"_s), Qt::LeftButton);
        dialog = f.openDialog<CatalogueDialog>();
        QVERIFY(dialog);
        list = child<QTreeWidget>(dialog, u"catalogueList"_s);
        QVERIFY(list->topLevelItem(0)->isDisabled());
        QVERIFY(list->topLevelItem(0)->text(0).contains(u"already"_s));
        list->topLevelItem(0)->setCheckState(0, Qt::Checked); // not checkable: ignored
        list->topLevelItem(2)->setCheckState(0, Qt::Checked);
        const QString thirdName = list->topLevelItem(2)->text(0);
        QCOMPARE(dialog->selectedEntries().size(), 1);
        QTest::mouseClick(child<QPushButton>(dialog, u"addSelectedButton"_s), Qt::LeftButton);
        QCOMPARE(f.rows(), 3);
        // Issue 9: what was just added is the chosen row, wherever the ranking put it.
        auto *table = child<QTableView>(f.page.get(), u"certificationsTable"_s);
        const QModelIndexList chosen = table->selectionModel()->selectedRows();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().data().toString(), thirdName);
        QCOMPARE(repo.find(mine.id, nullptr)->examCost, 999.0);

        f.undoStack->undo();
        QCOMPARE(f.rows(), 2);
        QCOMPARE(repo.find(mine.id, nullptr)->examCost, 999.0);
    }

    void expiredAndUpcoming()
    {
        CertificationRepository repo(f.database->connection());
        Certification held;
        held.name = u"Held"_s;
        held.status = Certification::Status::Earned;
        held.earnedOn = QDate(2024, 1, 10);
        held.expiresOn = QDate(2026, 1, 10);
        QVERIFY(repo.insert(held).id() > 0);
        Certification soon;
        soon.name = u"Soon"_s;
        soon.status = Certification::Status::Planned;
        soon.examOn = QDate(2026, 2, 1);
        QVERIFY(repo.insert(soon).id() > 0);
        f.page->model()->setToday(QDate(2026, 1, 20));
        f.page->reload();
        const int row = proxyRowNamed(u"Held"_s);
        QCOMPARE(f.page->proxy()->index(row, CertificationsModel::Status).data().toString(),
                 u"Expired"_s);
        QCOMPARE(
            repo.find(f.page->proxy()->index(row, 0).data(CertificationsModel::IdRole).toLongLong(),
                      nullptr)
                ->status,
            Certification::Status::Earned);
        QCOMPARE(f.page->upcoming()->count(), 1);
        auto *list = child<QListWidget>(f.page.get(), u"upcomingList"_s);
        QVERIFY(list->item(0)->text().contains(u"Soon"_s));
        QVERIFY(list->item(0)->text().contains(u"in 12 days"_s));

        // The status filter uses the shown (effective) status.
        auto *status = child<QComboBox>(f.page.get(), u"statusFilterCombo"_s);
        status->setCurrentIndex(status->findData(int(Certification::Status::Expired)));
        QCOMPARE(f.page->proxy()->rowCount(), 1);
    }

    void settingsPanelStoresAssumptions()
    {
        RoiSettingsPanel panel(f.context());
        panel.load();
        QCOMPARE(child<QSpinBox>(&panel, u"roiHorizonSpin"_s)->value(), 3);
        QCOMPARE(child<QDoubleSpinBox>(&panel, u"roiTaxSpin"_s)->value(), 30.0);
        QCOMPARE(child<QDoubleSpinBox>(&panel, u"roiHourlySpin"_s)->value(), 40.0);
        QVERIFY(child<QCheckBox>(&panel, u"roiDeriveHourlyCheck"_s)->isChecked());
        child<QSpinBox>(&panel, u"roiHorizonSpin"_s)->setValue(5);
        child<QDoubleSpinBox>(&panel, u"roiTaxSpin"_s)->setValue(25);
        child<QCheckBox>(&panel, u"roiDeriveHourlyCheck"_s)->setChecked(false);
        child<QDoubleSpinBox>(&panel, u"roiHourlySpin"_s)->setValue(55);
        QString error;
        QVERIFY2(panel.save(&error), qPrintable(error));
        const RoiAssumptions a
            = CertificationRepository(f.database->connection()).roiAssumptions(nullptr).value();
        QCOMPARE(a.horizonYears, 5);
        QCOMPARE(a.taxRate, 0.25);
        QCOMPARE(a.hourlyValue.value_or(-1), 55.0);

        // The page picks them up when told.
        f.notifier->notify(ChangeNotifier::Settings);
        QCOMPARE(f.page->model()->assumptions().horizonYears, 5);
    }
};

QTEST_MAIN(TestCertificationsPage)
#include "tst_certificationspage.moc"

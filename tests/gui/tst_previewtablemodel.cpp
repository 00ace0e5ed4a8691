#include "common/previewtablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPreviewTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesTheModelTester();
    void showsValuesInTheUsersWords();
    void sortsOnRawValues();
    void longTextHasATooltip();
};

static OverviewRepository::Rows sample()
{
    OverviewRepository::Rows rows;
    rows.columns = {u"date"_s, u"kind"_s, u"self"_s, u"cost"_s};
    rows.rows = {
        {u"2026-03-04T09:30"_s, u"mock"_s, 3LL, 1200.5},
        {u"2026-01-15T14:00"_s, u"real"_s, 5LL, 99.0},
        {u"2026-02-01T10:00"_s, u"mock"_s, 1LL, QVariant()},
        {u"2026-02-02T10:00"_s, u"https://github.com/example/a-rather-long-repository-name"_s, 2LL,
         1.0},
    };
    return rows;
}

void TestPreviewTableModel::passesTheModelTester()
{
    PreviewTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sample());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 4);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPreviewTableModel::showsValuesInTheUsersWords()
{
    PreviewTableModel model;
    model.setRows(sample());
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Self score"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"Mock"_s);
    QCOMPARE(model.index(0, 3).data().toString(), u"1,200.50"_s);
    QCOMPARE(model.index(2, 3).data().toString(), QString());
    QVERIFY2(model.index(0, 0).data().toString().contains(u"3/4/2026"_s),
             qPrintable(model.index(0, 0).data().toString()));
    QCOMPARE(model.index(0, 2).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestPreviewTableModel::longTextHasATooltip()
{
    PreviewTableModel model;
    model.setRows(sample());
    QVERIFY(!model.index(0, 1).data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.index(3, 1).data(Qt::ToolTipRole).toString(),
             u"https://github.com/example/a-rather-long-repository-name"_s);
}

void TestPreviewTableModel::sortsOnRawValues()
{
    PreviewTableModel model;
    model.setRows(sample());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(0, Qt::AscendingOrder);
    // ISO dates sort by time, not by the displayed month/day text.
    QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toString(), u"2026-01-15T14:00"_s);
    QCOMPARE(proxy.index(3, 0).data(Qt::UserRole).toString(), u"2026-03-04T09:30"_s);
    proxy.sort(2, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 2).data().toString(), u"5"_s);
}

QTEST_MAIN(TestPreviewTableModel)
#include "tst_previewtablemodel.moc"

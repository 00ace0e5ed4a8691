#pragma once

#include "calc/roicalculator.h"
#include "common/changenotifier.h"
#include "common/page.h"

class CertificationFilterProxy;
class CertificationStore;
class CertificationsModel;
class CompareCharts;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class UpcomingList;

// Certifications: the table with cost, hours, ROI and payback; what is due in the next 90
// days; charts that compare returns; and the editor, catalogue and study log behind the
// buttons. Every change is an undo command on the shared stack.
class CertificationsPage : public Page
{
    Q_OBJECT
public:
    explicit CertificationsPage(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Certifications"); }
    void reload() override;

    CertificationStore *store() const { return m_store; }
    CertificationsModel *model() const { return m_model; }
    CertificationFilterProxy *proxy() const { return m_proxy; }
    CompareCharts *charts() const { return m_charts; }
    UpcomingList *upcoming() const { return m_upcoming; }

    // The actions behind the buttons. Dialogs open window-modal without blocking; their
    // result is pushed as an undo command when accepted.
    void addCertification();
    void addFromCatalogue();
    void editSelected();
    void deleteSelected();
    void logStudyForSelected();
    void editCertification(qint64 id);
    void showItem(qint64 id) override { editCertification(id); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyRank(RoiCalculator::RankBy by);
    // Gives the table the height of its first rows, the charts the rest: once, when the page
    // first shows certifications (then the splitter is the user's).
    void fitSplit();
    void refreshOverview();
    void updateButtons();
    qint64 selectedId() const;
    void selectId(qint64 id);

    CertificationStore *m_store;
    CertificationsModel *m_model;
    CertificationFilterProxy *m_proxy;
    QTableView *m_table;
    CompareCharts *m_charts;
    UpcomingList *m_upcoming;
    QLineEdit *m_filter;
    QComboBox *m_statusFilter;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_logStudy;
    QLabel *m_assumptions;
    QLabel *m_currencyNote;
    QSplitter *m_split = nullptr;
    bool m_splitFitted = false;
};

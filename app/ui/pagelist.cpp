#include "mainwindow.h"

#include "certifications/certificationspage.h"
#include "dashboard/dashboardpage.h"
#include "documentcontroller.h"
#include "interviews/interviewspage.h"
#include "jobs/jobmatchpage.h"
#include "profile/profilepage.h"
#include "projects/projectspage.h"
#include "reports/reportspage.h"
#include "skills/skillspage.h"

using namespace Qt::StringLiterals;

// Every page of the window, in navigation order (Ctrl+1 is the first). A new page is one
// entry here: its object name, its label and icon, and how to build it for an open workbench.
QList<MainWindow::PageEntry> MainWindow::pageEntries() const
{
    return {
        {u"dashboardPage"_s, tr("Dashboard"), QStyle::SP_ComputerIcon,
         [](const WorkbenchContext &ctx, MainWindow *w) {
             return new DashboardPage(ctx, w);
         }},
        {u"skillsPage"_s, tr("Skills"), QStyle::SP_FileDialogDetailedView,
         [](const WorkbenchContext &ctx, MainWindow *w) {
             auto *page = new SkillsPage(ctx, w);
             connect(page, &SkillsPage::createFromTemplateRequested, w->document(),
                     &DocumentController::createFromTemplate);
             return page;
         }},
        {u"certificationsPage"_s, tr("Certifications"), QStyle::SP_DialogApplyButton,
         [](const WorkbenchContext &ctx, MainWindow *w) {
             return new CertificationsPage(ctx, w);
         }},
        {u"projectsPage"_s, tr("Projects"), QStyle::SP_DirIcon,
         [](const WorkbenchContext &ctx, MainWindow *w) {
             return new ProjectsPage(ctx, w);
         }},
        {u"interviewsPage"_s, tr("Interviews"), QStyle::SP_MessageBoxQuestion,
         [](const WorkbenchContext &ctx, MainWindow *w) {
             return new InterviewsPage(ctx, w);
         }},
        {u"profilePage"_s, tr("Profile"), QStyle::SP_FileDialogInfoView,
         [](const WorkbenchContext &ctx, MainWindow *w) {
             return new ProfilePage(ctx, w);
         }},
        {u"reportsPage"_s, tr("Reports"), QStyle::SP_FileIcon,
         [](const WorkbenchContext &ctx, MainWindow *w) {
             return new ReportsPage(ctx, w);
         }},
        {u"jobMatchPage"_s, tr("Job Match"), QStyle::SP_FileDialogContentsView,
         [](const WorkbenchContext &ctx, MainWindow *w) {
             return new JobMatchPage(ctx, w);
         }},
    };
}

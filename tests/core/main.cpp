// Catch2 runner for the core tests: a QCoreApplication (no GUI) so that Qt Sql
// and the resource system work; Catch2 lists the tests by running this at build time.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

@echo off
chcp 65001 >nul
rem chibo-xl: kiem tra so roi tao moi van ban (dung khi Excel chan macro).
cd /d "%~dp0"
where chibo-xl >nul 2>nul
if errorlevel 1 goto python
chibo-xl build "so-chi-bo-trong.xlsx"
goto end
:python
"python" -m chibo_xl.cli build "so-chi-bo-trong.xlsx"
:end
pause
